package cn.egovkiosk.protocol.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * The server's acknowledgement of a submission. A replay of the same idempotency key returns this same answer.
 *
 * @param idempotencyKey the key the kiosk sent
 * @param trackingNumber the readable tracking number (受理编号) the resident keeps
 * @param status         the application's status
 * @param receivedAt     when the server first received the submission
 */
public record SubmissionAck(UUID idempotencyKey, String trackingNumber, SubmissionStatus status, Instant receivedAt) {
}
