package cn.egovkiosk.kiosk.receipt;

import java.time.Instant;
import java.util.Optional;

/**
 * What a receipt says. Only masked personal data gets this far.
 *
 * @param itemName       the service item's name in the resident's language
 * @param maskedName     the applicant's masked name
 * @param maskedIdNumber the masked document number
 * @param confirmedAt    when the resident confirmed
 * @param trackingNumber the server's tracking number; empty while the application waits in the outbox
 * @param localReference the kiosk's own reference, printed when there is no tracking number yet
 */
public record ReceiptContent(String itemName, String maskedName, String maskedIdNumber, Instant confirmedAt,
        Optional<String> trackingNumber, String localReference) {
}
