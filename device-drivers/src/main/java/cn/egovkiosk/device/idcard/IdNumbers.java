package cn.egovkiosk.device.idcard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** GB 11643-1999 citizen identity numbers: 6-digit area, 8-digit birth date, 3-digit sequence, check character. */
public final class IdNumbers {

    /** W_i = 2^(18-i) mod 11 for i = 1..17 (devices.md §1.13). */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1850, 1, 1);

    private IdNumbers() {
    }

    /**
     * True for an 18-character number (a lower-case {@code x} counts as {@code X}) with a correct ISO 7064 MOD 11-2
     * check character and a real, past birth date in characters 7 to 14.
     */
    public static boolean isValid(String number) {
        if (!hasValidCheckCharacter(number)) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.parse(number.substring(6, 14), BIRTH_DATE);
            return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The upper-case form a number is stored in: lower-case {@code x} becomes {@code X}, surrounding blanks go. */
    public static String normalise(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits.length() != 17 || !first17Digits.chars().allMatch(IdNumbers::isAsciiDigit)) {
            throw new IllegalArgumentException("need exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Only the MOD 11-2 check, for numbers whose middle part is not a birth date (2023 foreign PR cards). */
    static boolean hasValidCheckCharacter(String number) {
        if (number == null || number.length() != 18) {
            return false;
        }
        String upper = number.toUpperCase(Locale.ROOT);
        String first17 = upper.substring(0, 17);
        if (!first17.chars().allMatch(IdNumbers::isAsciiDigit)) {
            return false;
        }
        return checkCharacter(first17) == upper.charAt(17);
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
