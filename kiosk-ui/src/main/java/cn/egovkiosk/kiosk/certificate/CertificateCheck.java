package cn.egovkiosk.kiosk.certificate;

import cn.egovkiosk.protocol.certificate.CertificateContent;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.certificate.SigningKey;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides whether a certificate may be printed: signed by one of the server's keys, content unchanged, and the
 * content's verification code the one its QR and number show. The kiosk prints nothing it cannot vouch for.
 */
@Component
class CertificateCheck {

    private static final Logger log = LoggerFactory.getLogger(CertificateCheck.class);

    private final SigningKeys keys;

    CertificateCheck(SigningKeys keys) {
        this.keys = keys;
    }

    Verdict check(IssuedCertificate certificate) {
        Optional<SigningKey> key;
        try {
            key = keys.key(certificate.keyId());
        } catch (IOException e) {
            log.warn("certificate {} cannot be checked: {}", certificate.verificationCode(), e.getMessage());
            return new Verdict.Unverifiable();
        }
        if (key.isEmpty() || !key.get().verifies(certificate)) {
            log.warn("certificate {} refused: signature does not verify with key {}", certificate.verificationCode(),
                    certificate.keyId());
            return new Verdict.Forged();
        }
        CertificateContent content;
        try {
            content = certificate.readContent();
        } catch (RuntimeException e) {
            return new Verdict.Forged();
        }
        String code = certificate.verificationCode();
        if (code == null || !code.equals(content.verificationCode()) || certificate.verifyUrl() == null
                || !certificate.verifyUrl().endsWith("/" + code)) {
            log.warn("certificate {} refused: its code, content and QR do not agree", code);
            return new Verdict.Forged();
        }
        return new Verdict.Valid(content);
    }

    /** What the check found. */
    sealed interface Verdict {

        /** Signed by the server and consistent: print this content. */
        record Valid(CertificateContent content) implements Verdict {
        }

        /** Not what the server signed: never print it. */
        record Forged() implements Verdict {
        }

        /** The keys could not be had (the server is unreachable and none are cached): not printed, try later. */
        record Unverifiable() implements Verdict {
        }
    }
}
