package cn.egovkiosk.protocol.submission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tracking numbers (受理编号) residents read off a receipt and type back in: {@code ZW} + {@code yyyyMMdd} +
 * six-digit daily sequence + one check character, e.g. {@code ZW20261120000017Z}. The check character is ISO/IEC
 * 7064 MOD 37,36: it catches every single wrong character and every swap of two neighbours, and is always a digit
 * or a letter (MOD 37,2 may give {@code *}, which looks like a mask on a receipt). The server issues them; a kiosk
 * checks a typed number before it asks the server.
 */
public final class TrackingNumber {

    public static final String PREFIX = "ZW";
    public static final int MAX_SEQUENCE = 999_999;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern SHAPE = Pattern.compile(PREFIX + "\\d{8}\\d{6}[0-9A-Z]");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private TrackingNumber() {
    }

    /** The tracking number of the {@code sequence}-th application of {@code day}. */
    public static String of(LocalDate day, long sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("daily sequence out of range: " + sequence);
        }
        String payload = PREFIX + DAY.format(day) + "%06d".formatted(sequence);
        return payload + checkCharacter(payload);
    }

    /**
     * The number in canonical form (upper case, no surrounding blanks) if it has the shape and a matching check
     * character; empty otherwise.
     */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(candidate).matches()) {
            return Optional.empty();
        }
        String payload = candidate.substring(0, candidate.length() - 1);
        return checkCharacter(payload) == candidate.charAt(candidate.length() - 1) ? Optional.of(candidate)
                : Optional.empty();
    }

    /** ISO/IEC 7064 hybrid system MOD 37,36 over digits and upper-case letters. */
    public static char checkCharacter(String payload) {
        int m = ALPHABET.length();
        int p = m;
        for (int i = 0; i < payload.length(); i++) {
            int value = ALPHABET.indexOf(payload.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a digit or upper-case letter at position " + i);
            }
            int s = (p + value) % m;
            p = (s == 0 ? m : s) * 2 % (m + 1);
        }
        return ALPHABET.charAt((m + 1 - p) % m);
    }
}
