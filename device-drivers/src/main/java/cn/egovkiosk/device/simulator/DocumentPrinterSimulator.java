package cn.egovkiosk.device.simulator;

import cn.egovkiosk.device.document.DocumentPrintException;
import cn.egovkiosk.device.document.DocumentPrinter;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An A4 printer that behaves like a CUPS queue seen from the kiosk: it takes PDF jobs, refuses them while it is
 * offline (a rejecting or stopped queue) or out of paper, takes a while per page, and keeps every printed PDF in its
 * output folder so a demo or a test can open it. The faults are switched from outside (the demo's simulator page).
 */
public final class DocumentPrinterSimulator implements DocumentPrinter {

    private final String name;
    private final Path outputDir;
    private final Duration pageTime;
    private final Consumer<DeviceStatus> statusListener;
    private final List<PrintedDocument> printed = new CopyOnWriteArrayList<>();
    private final List<Consumer<PrintedDocument>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean offline;
    private volatile boolean paperOut;
    private volatile DeviceStatus status;

    /**
     * @param name           the device name (status board key)
     * @param outputDir      where printed PDFs are kept (created when missing)
     * @param pageTime       how long one page takes to come out
     * @param statusListener told every changed status
     */
    public DocumentPrinterSimulator(String name, Path outputDir, Duration pageTime,
            Consumer<DeviceStatus> statusListener) {
        this.name = name;
        this.outputDir = outputDir;
        this.pageTime = pageTime;
        this.statusListener = statusListener;
        this.status = new DeviceStatus(name, DeviceState.ONLINE, MediaState.OK, "simulated queue", Instant.now());
    }

    @Override
    public synchronized void print(byte[] pdf, String title) throws IOException {
        DeviceStatus now = checkStatus();
        if (!now.usable()) {
            throw new DocumentPrintException("simulated printer " + name + " cannot print: " + now.detail());
        }
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        } catch (IOException e) {
            // a real queue's filter would fail the job the same way; the printer itself stays fine
            throw new DocumentPrintException("job refused: not a readable PDF");
        }
        publish(new DeviceStatus(name, DeviceState.BUSY, MediaState.OK, "printing " + pages + " page(s)",
                Instant.now()));
        try {
            Thread.sleep(pageTime.multipliedBy(pages));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            checkStatus();
            throw new DocumentPrintException("job interrupted");
        }
        Files.createDirectories(outputDir);
        Path file = outputDir.resolve("%04d-%s.pdf".formatted(printed.size() + 1, safeFileName(title)));
        Files.write(file, pdf);
        PrintedDocument document = new PrintedDocument(file, title, pages, Instant.now());
        printed.add(document);
        checkStatus();
        listeners.forEach(listener -> listener.accept(document));
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    @Override
    public DeviceStatus checkStatus() {
        if (offline) {
            return publish(new DeviceStatus(name, DeviceState.OFFLINE, MediaState.UNKNOWN, "queue rejects jobs",
                    Instant.now()));
        }
        if (paperOut) {
            return publish(new DeviceStatus(name, DeviceState.USER_ERROR, MediaState.OUT, "media-empty",
                    Instant.now()));
        }
        return publish(new DeviceStatus(name, DeviceState.ONLINE, MediaState.OK, "simulated queue", Instant.now()));
    }

    /** Takes the printer off line (true) or back (false), as {@code cupsreject} / {@code cupsaccept} would. */
    public void offline(boolean off) {
        offline = off;
        checkStatus();
    }

    /** Empties (true) or refills (false) the paper tray. */
    public void paperOut(boolean out) {
        paperOut = out;
        checkStatus();
    }

    public boolean offline() {
        return offline;
    }

    public boolean paperOut() {
        return paperOut;
    }

    /** Every printed document, oldest first. */
    public List<PrintedDocument> printed() {
        return List.copyOf(printed);
    }

    /** Called on the printing thread for every finished job. */
    public void addListener(Consumer<PrintedDocument> listener) {
        listeners.add(listener);
    }

    public Path outputDir() {
        return outputDir;
    }

    // only the state and media count as a change: the time and detail move on every check
    private DeviceStatus publish(DeviceStatus next) {
        DeviceStatus before = status;
        status = next;
        if (before.state() != next.state() || before.media() != next.media()) {
            statusListener.accept(next);
        }
        return next;
    }

    private static String safeFileName(String title) {
        String safe = title == null ? "" : title.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() ? "job" : safe.substring(0, Math.min(safe.length(), 60));
    }
}
