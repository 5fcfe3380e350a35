package cn.egovkiosk.protocol.submission;

import cn.egovkiosk.protocol.privacy.PersonalDataMask;

/**
 * The applicant as read from the identity document (or verified through the e-ID). Personal information:
 * {@link #toString()} masks it.
 *
 * @param cardType the document type (e.g. {@code RESIDENT}, {@code HMT_RESIDENCE_PERMIT}, {@code E_ID})
 * @param idNumber the document number
 * @param name     the name as printed on the document
 * @param address  the address on the document, empty when the document has none (秒批 residence rules read it)
 */
public record Applicant(String cardType, String idNumber, String name, String address) {

    public Applicant {
        address = address == null ? "" : address;
    }

    /** An applicant whose document shows no address. */
    public Applicant(String cardType, String idNumber, String name) {
        this(cardType, idNumber, name, "");
    }

    @Override
    public String toString() {
        return "Applicant[cardType=" + cardType + ", idNumber=" + PersonalDataMask.idNumber(idNumber) + ", name="
                + PersonalDataMask.name(name) + ", address=<" + (address.isEmpty() ? "none" : "withheld") + ">]";
    }
}
