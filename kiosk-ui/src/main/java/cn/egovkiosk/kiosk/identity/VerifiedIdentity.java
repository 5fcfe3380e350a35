package cn.egovkiosk.kiosk.identity;

import cn.egovkiosk.device.idcard.ResidentIdentity;
import cn.egovkiosk.protocol.submission.Applicant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who the resident at the screen proved to be, whichever way: an identity document on the card reader (every card type
 * the device layer reads) or an e-ID (电子身份证 / 网证) code checked with its issuing service. Forms pre-fill from
 * it. Personal information: {@link #toString()} shows only where it came from.
 *
 * @param documentType  the document type as the submission carries it: a {@code CardType} name, or {@link #E_ID}
 * @param name          the holder's name
 * @param idNumber      the document number (for an e-ID, the citizen identity number behind it)
 * @param address       the address that applies now; empty where the source has none (an e-ID never carries one)
 * @param birthDate     the date of birth, empty where unknown
 * @param idNumberValid whether the number passed its check; an identity failing it is never submitted
 */
public record VerifiedIdentity(String documentType, String name, String idNumber, String address,
        Optional<LocalDate> birthDate, boolean idNumberValid) {

    /** The document type of an identity verified through an e-ID code. */
    public static final String E_ID = "E_ID";

    public VerifiedIdentity {
        address = address == null ? "" : address;
        birthDate = birthDate == null ? Optional.empty() : birthDate;
    }

    /** The identity as an ID card reader read it (any card type), with the appended address when the card has one. */
    public static VerifiedIdentity fromCard(ResidentIdentity card) {
        return new VerifiedIdentity(card.cardType().name(), card.name(), card.idNumber(), card.currentAddress(),
                Optional.ofNullable(card.birthDate()), card.idNumberValid());
    }

    /** True when it came from an e-ID code rather than a card lying on the reader. */
    public boolean electronic() {
        return E_ID.equals(documentType);
    }

    /** The applicant as a submission carries it. */
    public Applicant applicant() {
        return new Applicant(documentType, idNumber, name, address);
    }

    @Override
    public String toString() {
        return "VerifiedIdentity[documentType=" + documentType + ", fields hidden]";
    }
}
