package cn.egovkiosk.device.idcard;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an identity document says about its holder. Personal information: {@link #toString()} shows no field of it,
 * so an identity that slips into a log line or an exception message leaks nothing.
 *
 * @param cardType         the document type
 * @param name             the name (Chinese name; for foreigners the Chinese name if any, else the English name)
 * @param englishName      the English name of a foreigner, empty otherwise
 * @param sexCode          GB/T 2261.1 code: 0 unknown, 1 male, 2 female, 9 unstated
 * @param nationCode       GB 3304 code for resident cards (e.g. {@code 01}), empty where the card has none
 * @param birthDate        the date of birth
 * @param address          the address, empty where the card has none
 * @param idNumber         the document number
 * @param idNumberValid    whether the number passed the GB 11643 MOD 11-2 check (and, for 18-digit numbers, has a
 *                         real birth date); an invalid number is reported, never silently accepted
 * @param issuingAuthority the issuing authority, empty where the card has none
 * @param validFrom        first day of validity
 * @param validTo          last day of validity; empty for 长期 (long-term)
 * @param photo            the raw WLT photo bytes (1024), decoded only by a licensed decoder
 * @param appendedAddress  the latest address appended to the card after a move ({@code 30 03}), empty when the card
 *                         has none or it was not read; {@link #currentAddress()} picks the one that applies
 */
public record ResidentIdentity(CardType cardType, String name, String englishName, String sexCode, String nationCode,
        LocalDate birthDate, String address, String idNumber, boolean idNumberValid, String issuingAuthority,
        LocalDate validFrom, Optional<LocalDate> validTo, byte[] photo, String appendedAddress) {

    public ResidentIdentity {
        appendedAddress = appendedAddress == null ? "" : appendedAddress;
    }

    /** An identity without an appended address, as the base read ({@code 30 01}) gives it. */
    public ResidentIdentity(CardType cardType, String name, String englishName, String sexCode, String nationCode,
            LocalDate birthDate, String address, String idNumber, boolean idNumberValid, String issuingAuthority,
            LocalDate validFrom, Optional<LocalDate> validTo, byte[] photo) {
        this(cardType, name, englishName, sexCode, nationCode, birthDate, address, idNumber, idNumberValid,
                issuingAuthority, validFrom, validTo, photo, "");
    }

    /** The address that applies now: the appended one when the card carries one, else the printed one. */
    public String currentAddress() {
        return appendedAddress.isEmpty() ? address : appendedAddress;
    }

    /** This identity with the appended address read after it. */
    public ResidentIdentity withAppendedAddress(String latest) {
        return new ResidentIdentity(cardType, name, englishName, sexCode, nationCode, birthDate, address, idNumber,
                idNumberValid, issuingAuthority, validFrom, validTo, photo, latest);
    }

    @Override
    public String toString() {
        return "ResidentIdentity[cardType=" + cardType + ", fields hidden]";
    }
}
