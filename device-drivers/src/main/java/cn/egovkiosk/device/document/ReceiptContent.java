package cn.egovkiosk.device.document;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What an 80 mm receipt says. Personal data arrives masked (PersonalDataMask), and {@link #toString()} still leaves it
 * out.
 *
 * @param trackingNumber the application's tracking number, also printed under the QR
 * @param applicantMasked the applicant's name, masked (e.g. 张*)
 * @param itemName       the service item
 * @param department     the implementing department
 * @param acceptedAt     when the kiosk accepted the submission
 * @param qrPayload      what the QR says: the progress-query address
 * @param notes          further lines, e.g. when and where to collect the result
 */
public record ReceiptContent(String trackingNumber, String applicantMasked, String itemName, String department,
        LocalDateTime acceptedAt, String qrPayload, List<String> notes) {

    public ReceiptContent {
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(qrPayload, "qrPayload");
        applicantMasked = Objects.requireNonNullElse(applicantMasked, "");
        itemName = Objects.requireNonNullElse(itemName, "");
        department = Objects.requireNonNullElse(department, "");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    @Override
    public String toString() {
        return "ReceiptContent[" + trackingNumber + "]";
    }
}
