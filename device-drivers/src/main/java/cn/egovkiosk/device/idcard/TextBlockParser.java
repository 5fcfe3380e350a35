package cn.egovkiosk.device.idcard;

import static cn.egovkiosk.device.idcard.ResidentTextField.readText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the 256-byte text block (devices.md §1.8) into an identity, choosing the layout by the type letter at offset
 * 248. Errors name the field, never its content.
 */
final class TextBlockParser {

    static final String LONG_TERM = "长期";
    private static final DateTimeFormatter CARD_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    /** 2017 foreign PR number: nationality letters and 12 digits. No public check-digit rule was found. */
    private static final Pattern FOREIGN_2017_NUMBER = Pattern.compile("[A-Z]{3}\\d{12}");

    private TextBlockParser() {
    }

    static ResidentIdentity parse(byte[] text, byte[] photo) throws CardReadException {
        if (text.length != ResidentTextField.BLOCK_LENGTH) {
            throw new CardReadException("text block has " + text.length + " bytes, expected 256", -1);
        }
        return switch (cardType(text)) {
            case RESIDENT -> citizen(CardType.RESIDENT, text, photo);
            case HMT_RESIDENCE_PERMIT -> citizen(CardType.HMT_RESIDENCE_PERMIT, text, photo);
            case FOREIGN_PERMANENT_RESIDENT_2017 -> foreign2017(text, photo);
            case FOREIGN_PERMANENT_RESIDENT_2023 -> foreign2023(text, photo);
        };
    }

    static CardType cardType(byte[] text) {
        if (text[ResidentTextField.TYPE_OFFSET + 1] != 0) {
            return CardType.RESIDENT;
        }
        return switch (text[ResidentTextField.TYPE_OFFSET]) {
            case 'J' -> CardType.HMT_RESIDENCE_PERMIT;
            case 'I' -> CardType.FOREIGN_PERMANENT_RESIDENT_2017;
            case 'Y' -> CardType.FOREIGN_PERMANENT_RESIDENT_2023;
            default -> CardType.RESIDENT;
        };
    }

    /** Resident cards and HK/Macau/Taiwan permits share the layout; permits carry no nation. */
    private static ResidentIdentity citizen(CardType type, byte[] text, byte[] photo) throws CardReadException {
        String idNumber = IdNumbers.normalise(ResidentTextField.ID_NUMBER.read(text));
        String nation = type == CardType.RESIDENT ? ResidentTextField.NATION.read(text) : "";
        return new ResidentIdentity(type, ResidentTextField.NAME.read(text), "",
                ResidentTextField.SEX.read(text), nation,
                date(ResidentTextField.BIRTH_DATE.read(text), "birth date"),
                ResidentTextField.ADDRESS.read(text), idNumber, IdNumbers.isValid(idNumber),
                ResidentTextField.ISSUING_AUTHORITY.read(text),
                date(ResidentTextField.VALID_FROM.read(text), "valid-from date"),
                validTo(ResidentTextField.VALID_TO.read(text)), photo.clone());
    }

    private static ResidentIdentity foreign2017(byte[] text, byte[] photo) throws CardReadException {
        String englishName = readText(text, 0, 120);
        String chineseName = readText(text, 158, 30);
        String number = IdNumbers.normalise(readText(text, 122, 30));
        return new ResidentIdentity(CardType.FOREIGN_PERMANENT_RESIDENT_2017,
                chineseName.isEmpty() ? englishName : chineseName, englishName, readText(text, 120, 2), "",
                date(readText(text, 220, 16), "birth date"), "", number,
                FOREIGN_2017_NUMBER.matcher(number).matches(), "",
                date(readText(text, 188, 16), "valid-from date"), validTo(readText(text, 204, 16)), photo.clone());
    }

    private static ResidentIdentity foreign2023(byte[] text, byte[] photo) throws CardReadException {
        // the English name runs on from offset 52 (35 characters) to offset 220 (11 more); keep the space between
        byte[] english = new byte[92];
        System.arraycopy(text, 52, english, 0, 70);
        System.arraycopy(text, 220, english, 70, 22);
        String englishName = readText(english, 0, english.length);
        String chineseName = readText(text, 0, 30);
        String number = IdNumbers.normalise(readText(text, 122, 36));
        boolean valid = number.startsWith("9") && IdNumbers.hasValidCheckCharacter(number);
        return new ResidentIdentity(CardType.FOREIGN_PERMANENT_RESIDENT_2023,
                chineseName.isEmpty() ? englishName : chineseName, englishName, readText(text, 30, 2), "",
                date(readText(text, 36, 16), "birth date"), "", number, valid, "",
                date(readText(text, 188, 16), "valid-from date"), validTo(readText(text, 204, 16)), photo.clone());
    }

    private static Optional<LocalDate> validTo(String value) throws CardReadException {
        return LONG_TERM.equals(value) ? Optional.empty() : Optional.of(date(value, "valid-to date"));
    }

    private static LocalDate date(String value, String field) throws CardReadException {
        try {
            return LocalDate.parse(value, CARD_DATE);
        } catch (DateTimeException e) {
            throw new CardReadException("text block: unreadable " + field, -1);
        }
    }
}
