package cn.egovkiosk.protocol.submission;

import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The server's acknowledgement of a submission. A replay of the same idempotency key returns this same answer.
 *
 * @param idempotencyKey the key the kiosk sent
 * @param trackingNumber the readable tracking number (受理编号) the resident keeps
 * @param status         the application's status
 * @param receivedAt     when the server first received the submission
 * @param decision       the 秒批 decision, {@code null} when the item has no instant rules
 * @param certificates   certificates issued for it (免证办), signed by the server, for the kiosk to print on A4
 */
public record SubmissionAck(UUID idempotencyKey, String trackingNumber, SubmissionStatus status, Instant receivedAt,
        InstantDecision decision, List<IssuedCertificate> certificates) {

    public SubmissionAck {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }

    /** An acknowledgement without a decision or certificates. */
    public SubmissionAck(UUID idempotencyKey, String trackingNumber, SubmissionStatus status, Instant receivedAt) {
        this(idempotencyKey, trackingNumber, status, receivedAt, null, List.of());
    }
}
