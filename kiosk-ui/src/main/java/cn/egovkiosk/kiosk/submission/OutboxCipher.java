package cn.egovkiosk.kiosk.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals outbox payloads (they hold the applicant's identity) with AES-256-GCM, so a copied database file alone does not
 * reveal them. The key lives in {@code outbox.key} beside the database, readable by the kiosk user only; the
 * idempotency key is bound in as associated data, so a payload cannot be moved to another row.
 */
final class OutboxCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    private OutboxCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Loads the key file in {@code dataDir}, creating it on first use. */
    static OutboxCipher inFolder(Path dataDir) {
        Path file = dataDir.resolve("outbox.key");
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != 32) {
                throw new IllegalStateException("the outbox key file " + file + " is damaged (expected 32 bytes)");
            }
            return new OutboxCipher(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the outbox key " + file, e);
        }
    }

    byte[] seal(UUID rowKey, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        Ivs.RANDOM.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, rowKey, plain);
        byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
        return out;
    }

    byte[] open(UUID rowKey, byte[] sealed) {
        byte[] iv = Arrays.copyOf(sealed, IV_BYTES);
        return run(Cipher.DECRYPT_MODE, iv, rowKey, Arrays.copyOfRange(sealed, IV_BYTES, sealed.length));
    }

    private byte[] run(int mode, byte[] iv, UUID rowKey, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(rowKey.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // the message names the row, never the payload
            throw new IllegalStateException("outbox payload of " + rowKey + " cannot be sealed or opened", e);
        }
    }

    // made when the first payload is sealed, not while the kiosk starts: a SecureRandom sets up the JCA providers
    private static final class Ivs {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temp = file.resolveSibling("outbox.key.tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temp);
        }
        Files.write(temp, key);
        try {
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temp);
        }
    }
}
