package cn.egovkiosk.admin.submission;

import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Instant;

/**
 * Published inside the transaction that stores a new application, so that listeners (history, the department
 * connector's queue) write in that same transaction: the application and what follows from it stand or fall
 * together. Carries no personal data.
 *
 * @param status the status the application was stored with (RECEIVED, or a 秒批 decision)
 */
public record ApplicationReceived(String trackingNumber, String itemCode, String terminalId, SubmissionStatus status,
        Instant receivedAt) {
}
