package cn.egovkiosk.admin.certificate;

import java.security.SecureRandom;

/**
 * Verification codes: {@code V} and 13 random characters from an alphabet without 0/O, 1/I (65 bits), so a code
 * can be typed from paper and cannot be guessed to read other certificates' summaries.
 */
final class VerificationCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder("V");
        for (int i = 0; i < 13; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether the text has the shape of a code (checked before any lookup). */
    static boolean wellFormed(String text) {
        return text != null && text.length() >= 8 && text.length() <= 32
                && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0 || c == 'V' || c == '0' || c == '1');
    }
}
