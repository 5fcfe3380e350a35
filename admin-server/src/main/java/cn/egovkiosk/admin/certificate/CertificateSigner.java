package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.Sha256;
import cn.egovkiosk.protocol.certificate.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs certificate bytes with the server's Ed25519 key. The key pair is made on first start and kept in the data
 * folder: the private key (PKCS#8, owner-only file) and beside it the public key ({@code .pub}, X.509); its key id is the first 16 hex digits of the SHA-256 of the public key, so equal keys have equal
 * ids on every instance.
 */
@Component
class CertificateSigner {

    private static final Logger log = LoggerFactory.getLogger(CertificateSigner.class);

    private final PrivateKey privateKey;
    private final SigningKey publicKey;

    CertificateSigner(CertificateProperties properties, AdminProperties admin, SigningKeyRepository keys, Clock clock) {
        Path file = properties.keyFile(admin.dataDir());
        KeyPair pair = Files.exists(file) ? read(file) : create(file);
        this.privateKey = pair.getPrivate();
        byte[] encoded = pair.getPublic().getEncoded();
        this.publicKey = new SigningKey(HexFormat.of().formatHex(Sha256.digest(encoded)).substring(0, 16),
                SigningKey.ED25519, Base64.getEncoder().encodeToString(encoded));
        keys.register(publicKey, clock.instant());
        log.info("Certificates are signed with Ed25519 key {}", publicKey.keyId());
    }

    SigningKey publicKey() {
        return publicKey;
    }

    byte[] sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(SigningKey.ED25519);
            signature.initSign(privateKey);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private static KeyPair create(Path file) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(SigningKey.ED25519).generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.write(temporary, pair.getPrivate().getEncoded());
            ownerOnly(temporary);
            Files.write(publicFile(file), pair.getPublic().getEncoded());
            // the private key last: a key file without its public half never exists
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Made a new certificate signing key in {}", file);
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
        }
    }

    private static KeyPair read(Path file) {
        try {
            KeyFactory factory = KeyFactory.getInstance(SigningKey.ED25519);
            PrivateKey key = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile(file))));
            return new KeyPair(publicKey, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certificate signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the certificate signing key " + file + " is not an Ed25519 key", e);
        }
    }

    private static Path publicFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".pub");
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions have to do
        }
    }
}
