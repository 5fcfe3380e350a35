package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.protocol.certificate.CertificateContent;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Checks a certificate as stored: the Ed25519 signature over the stored bytes with the key the certificate names.
 * Content is read only after the signature holds, so a changed byte never shows as a certificate's content.
 */
@Service
class CertificateVerification {

    private final IssuedCertificates certificates;
    private final SigningKeyRepository keys;
    private final Clock clock;

    CertificateVerification(IssuedCertificates certificates, SigningKeyRepository keys, Clock clock) {
        this.certificates = certificates;
        this.keys = keys;
        this.clock = clock;
    }

    Verification verify(String code) {
        if (!VerificationCodes.wellFormed(code)) {
            return new Verification(State.UNKNOWN, null);
        }
        IssuedCertificate issued = certificates.find(code).orElse(null);
        if (issued == null) {
            return new Verification(State.UNKNOWN, null);
        }
        boolean signed = keys.find(issued.keyId()).map(key -> key.verifies(issued)).orElse(false);
        if (!signed) {
            return new Verification(State.INVALID, null);
        }
        CertificateContent content;
        try {
            content = issued.readContent();
        } catch (RuntimeException e) {
            return new Verification(State.INVALID, null); // signed but unreadable: not a certificate of ours
        }
        if (!code.equals(content.verificationCode())) {
            return new Verification(State.INVALID, null);
        }
        return new Verification(content.validUntil().isBefore(clock.instant()) ? State.EXPIRED : State.VALID, content);
    }

    enum State {
        VALID, EXPIRED, INVALID, UNKNOWN
    }

    /** @param content the signed content, only for VALID and EXPIRED */
    record Verification(State state, CertificateContent content) {
    }
}
