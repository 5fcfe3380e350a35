package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Credentials and enrollment codes. A credential is 256 random bits, so a plain SHA-256 of it is as safe to store
 * as a slow password hash would be, and cheap enough to check on every poll. An enrollment code is typed by a
 * technician: 12 characters of Crockford base32 (60 bits), good for one use within hours.
 */
final class TerminalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private TerminalSecrets() {
    }

    static String newCredential() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** e.g. {@code 7K3Q-M9XD-2HTP}. */
    static String newEnrollmentCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(BASE32.charAt(RANDOM.nextInt(BASE32.length())));
        }
        return code.toString();
    }

    /** The code as stored: upper case, without dashes or spaces, the easily confused letters read as digits. */
    static String normalizedCode(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0')
                .replace('I', '1').replace('L', '1');
    }

    static String hash(String secret) {
        return HexFormat.of().formatHex(Sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
