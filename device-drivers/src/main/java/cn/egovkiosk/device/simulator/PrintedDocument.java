package cn.egovkiosk.device.simulator;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One A4 job as the simulated document printer kept it.
 *
 * @param file      the PDF as printed, in the simulator's output folder
 * @param title     the job title (never personal data)
 * @param pages     the number of pages
 * @param printedAt when the last page came out
 */
public record PrintedDocument(Path file, String title, int pages, Instant printedAt) {
}
