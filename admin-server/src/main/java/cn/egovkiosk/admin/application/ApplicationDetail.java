package cn.egovkiosk.admin.application;

import cn.egovkiosk.protocol.privacy.PersonalDataMask;
import cn.egovkiosk.protocol.submission.Applicant;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One application with its applicant and form data. Holds personal data in the clear when read by a role that
 * needs it; {@link #masked()} is what everyone else gets.
 *
 * @param departmentCode the implementing department of the item, empty for a package or an unknown item
 * @param personalDataMasked true when applicant and form values are masked
 */
public record ApplicationDetail(String trackingNumber, String itemCode, String itemName, String itemNameEn,
        String departmentCode, String departmentName, String terminalId, Instant receivedAt,
        SubmissionStatus status, Applicant applicant, Map<String, String> form, boolean personalDataMasked) {

    static final String HIDDEN = "***";

    /** Applicant masked as on a receipt, form values hidden (only the keys remain). */
    public ApplicationDetail masked() {
        if (personalDataMasked) {
            return this;
        }
        Applicant hidden = new Applicant(applicant.cardType(), PersonalDataMask.idNumber(applicant.idNumber()),
                PersonalDataMask.name(applicant.name()), applicant.address() == null || applicant.address().isEmpty()
                        ? "" : HIDDEN);
        Map<String, String> keysOnly = new LinkedHashMap<>();
        form.keySet().forEach(key -> keysOnly.put(key, HIDDEN));
        return new ApplicationDetail(trackingNumber, itemCode, itemName, itemNameEn, departmentCode, departmentName,
                terminalId, receivedAt, status, hidden, keysOnly, true);
    }

    @Override
    public String toString() {
        return "ApplicationDetail[" + trackingNumber + ", item=" + itemCode + ", status=" + status + "]";
    }
}
