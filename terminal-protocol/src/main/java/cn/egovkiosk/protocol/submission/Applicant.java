package cn.egovkiosk.protocol.submission;

import cn.egovkiosk.protocol.privacy.PersonalDataMask;

/**
 * The applicant as read from the identity document. Personal information: {@link #toString()} masks it.
 *
 * @param cardType the document type (e.g. {@code RESIDENT}, {@code HMT_RESIDENCE_PERMIT})
 * @param idNumber the document number
 * @param name     the name as printed on the document
 */
public record Applicant(String cardType, String idNumber, String name) {

    @Override
    public String toString() {
        return "Applicant[cardType=" + cardType + ", idNumber=" + PersonalDataMask.idNumber(idNumber) + ", name="
                + PersonalDataMask.name(name) + "]";
    }
}
