package cn.egovkiosk.protocol.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * A public key the server signs certificates with, as served at {@code TerminalApi.SIGNING_KEYS}.
 *
 * @param keyId     the id certificates name in {@link IssuedCertificate#keyId()}
 * @param algorithm always {@code Ed25519}
 * @param publicKey Base64 of the X.509 SubjectPublicKeyInfo encoding
 */
public record SigningKey(String keyId, String algorithm, String publicKey) {

    public static final String ED25519 = "Ed25519";

    /** Whether {@code certificate} was signed by this key and its content is unchanged. */
    public boolean verifies(IssuedCertificate certificate) {
        if (!keyId.equals(certificate.keyId()) || !ED25519.equals(algorithm)) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance(ED25519)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature verifier = Signature.getInstance(ED25519);
            verifier.initVerify(key);
            verifier.update(certificate.contentBytes());
            return verifier.verify(Base64.getDecoder().decode(certificate.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // a malformed key, content or signature is simply not a valid certificate
            return false;
        }
    }
}
