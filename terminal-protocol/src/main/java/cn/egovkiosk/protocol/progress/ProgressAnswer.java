package cn.egovkiosk.protocol.progress;

import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Instant;
import java.util.List;

/**
 * The answer to a {@link ProgressQuery} whose second factor matched. An unknown number and a wrong factor get the
 * same 404, so the query cannot be used to learn which numbers exist.
 *
 * @param trackingNumber      the tracking number
 * @param itemName            the item or package applied for (zh-CN)
 * @param itemNameEn          the same in English, may be empty
 * @param status              the current status
 * @param maskedApplicantName the applicant's name, masked ({@code 张*})
 * @param history             every status change, oldest first
 * @param certificates        the certificates issued for the application, for the kiosk to print them later (e.g.
 *                            after an offline submission); only to a terminal, only when the second factor was the
 *                            whole ID number re-read from the card, else empty. Absent in older answers: empty
 */
public record ProgressAnswer(String trackingNumber, String itemName, String itemNameEn, SubmissionStatus status,
        String maskedApplicantName, List<Step> history, List<IssuedCertificate> certificates) {

    public ProgressAnswer {
        itemNameEn = itemNameEn == null ? "" : itemNameEn;
        history = history == null ? List.of() : List.copyOf(history);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }

    /** An answer without certificates (the public page, a typed factor, or nothing issued). */
    public ProgressAnswer(String trackingNumber, String itemName, String itemNameEn, SubmissionStatus status,
            String maskedApplicantName, List<Step> history) {
        this(trackingNumber, itemName, itemNameEn, status, maskedApplicantName, history, List.of());
    }

    /** The same answer with these certificates. */
    public ProgressAnswer withCertificates(List<IssuedCertificate> issued) {
        return new ProgressAnswer(trackingNumber, itemName, itemNameEn, status, maskedApplicantName, history, issued);
    }

    // the certificates' signed content names the holder: the text shows only how many there are
    @Override
    public String toString() {
        return "ProgressAnswer[trackingNumber=" + trackingNumber + ", status=" + status + ", steps=" + history.size()
                + ", certificates=" + certificates.size() + "]";
    }

    /**
     * One status change.
     *
     * @param status the status entered
     * @param at     when
     * @param note   the officer's or the system's note for the resident (zh-CN), may be empty
     */
    public record Step(SubmissionStatus status, Instant at, String note) {

        public Step {
            note = note == null ? "" : note;
        }
    }
}
