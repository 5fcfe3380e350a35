package cn.egovkiosk.kiosk.maintenance;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A technician PIN stored only as a salted PBKDF2 hash ({@code pbkdf2-sha256$iterations$salt$hash}, salt and hash in
 * Base64), so the kiosk's configuration does not reveal it. Made with {@link PinHashTool}.
 */
public final class TechnicianPin {

    static final int ITERATIONS = 120_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int HASH_BYTES = 32;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private TechnicianPin(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Reads a stored hash; a malformed one is refused with a message that names the format, not the value. */
    public static TechnicianPin parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.strip().split("\\$");
        try {
            if (parts.length != 4 || !PREFIX.equals(parts[0])) {
                throw new IllegalArgumentException("not " + PREFIX);
            }
            return new TechnicianPin(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]),
                    Base64.getDecoder().decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "kiosk.maintenance.pin-hash must look like pbkdf2-sha256$<iterations>$<salt>$<hash>"
                            + " (make one with PinHashTool)", e);
        }
    }

    /** A new hash of {@code pin} with a random salt. */
    public static String hash(char[] pin) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return String.join("$", PREFIX, Integer.toString(ITERATIONS), base64.encodeToString(salt),
                base64.encodeToString(derive(pin, salt, ITERATIONS)));
    }

    /** Compares in constant time. */
    public boolean matches(char[] pin) {
        return pin.length > 0 && MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "TechnicianPin[" + PREFIX + ", " + iterations + " iterations]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TechnicianPin pin && Arrays.equals(hash, pin.hash) && Arrays.equals(salt, pin.salt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }
}
