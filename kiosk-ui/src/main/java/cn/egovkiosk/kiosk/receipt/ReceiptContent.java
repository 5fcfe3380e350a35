package cn.egovkiosk.kiosk.receipt;

import cn.egovkiosk.protocol.submission.InstantDecision;
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
 * @param decision       the 秒批 decision, empty when there is none (yet)
 * @param decisionLater  the item is decided by the server, but the answer has not come: say it comes later
 * @param certificates   how many certificates come out of the A4 printer
 * @param certificateLater say where to print the certificate later: the application waits in the outbox, or it was
 *                         delivered after the done screen stopped waiting and its certificates were not printed
 */
public record ReceiptContent(String itemName, String maskedName, String maskedIdNumber, Instant confirmedAt,
        Optional<String> trackingNumber, String localReference, Optional<InstantDecision> decision,
        boolean decisionLater, int certificates, boolean certificateLater) {

    /** A receipt that owes no certificate for later. */
    public ReceiptContent(String itemName, String maskedName, String maskedIdNumber, Instant confirmedAt,
            Optional<String> trackingNumber, String localReference, Optional<InstantDecision> decision,
            boolean decisionLater, int certificates) {
        this(itemName, maskedName, maskedIdNumber, confirmedAt, trackingNumber, localReference, decision,
                decisionLater, certificates, false);
    }

    /** A receipt without a decision or certificates. */
    public ReceiptContent(String itemName, String maskedName, String maskedIdNumber, Instant confirmedAt,
            Optional<String> trackingNumber, String localReference) {
        this(itemName, maskedName, maskedIdNumber, confirmedAt, trackingNumber, localReference, Optional.empty(),
                false, 0);
    }
}
