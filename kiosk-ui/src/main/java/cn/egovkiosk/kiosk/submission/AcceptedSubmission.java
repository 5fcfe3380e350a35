package cn.egovkiosk.kiosk.submission;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A submission the kiosk has stored and promised to deliver. No personal data: what a screen or receipt needs of the
 * applicant is masked before it gets here.
 *
 * @param idempotencyKey the key made when the resident confirmed
 * @param itemCode       the service item
 * @param confirmedAt    when the resident confirmed
 */
public record AcceptedSubmission(UUID idempotencyKey, String itemCode, Instant confirmedAt) {

    /** A short reference the resident can quote before the server's tracking number exists. */
    public String localReference() {
        return "L-" + idempotencyKey.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
