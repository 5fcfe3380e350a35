package cn.egovkiosk.admin.sharing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * What an ID number says by itself (GB 11643): the birth date (18 characters: positions 7-14; the old 15-digit
 * numbers: yyMMdd of the 1900s) and the sex (odd sequence digit: male). Residence permits of HK, Macau and Taiwan
 * residents and the 2023 permanent-residence cards follow the same layout.
 */
public final class IdNumbers {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    /** The birth date, empty when the number does not carry a valid one. */
    public static Optional<LocalDate> birthDate(String idNumber) {
        if (idNumber == null) {
            return Optional.empty();
        }
        String digits;
        if (idNumber.length() == 18 && idNumber.substring(0, 17).chars().allMatch(Character::isDigit)) {
            digits = idNumber.substring(6, 14);
        } else if (idNumber.length() == 15 && idNumber.chars().allMatch(Character::isDigit)) {
            digits = "19" + idNumber.substring(6, 12);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(digits, BASIC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Full years of age on {@code day}, empty without a birth date. */
    public static Optional<Integer> age(String idNumber, LocalDate day) {
        return birthDate(idNumber).filter(birth -> !birth.isAfter(day))
                .map(birth -> java.time.Period.between(birth, day).getYears());
    }

    /** Whether the number is a woman's (even sequence digit), empty when it cannot tell. */
    public static Optional<Boolean> female(String idNumber) {
        if (birthDate(idNumber).isEmpty()) {
            return Optional.empty();
        }
        char digit = idNumber.charAt(idNumber.length() == 18 ? 16 : 14);
        return Optional.of((digit - '0') % 2 == 0);
    }
}
