package cn.egovkiosk.protocol.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IssuedCertificateTest {

    private final SubmissionAck ack = ProtocolFixtures.read(ProtocolFixtures.SUBMISSION_ACK, SubmissionAck.class);
    private final IssuedCertificate certificate = ack.certificates().getFirst();
    private final SigningKey key = ProtocolFixtures.read(ProtocolFixtures.SIGNING_KEYS, SigningKey[].class)[0];

    @Test
    void theFixtureCertificateVerifiesAndReadsBack() {
        assertThat(key.verifies(certificate)).isTrue();

        CertificateContent content = certificate.readContent();
        assertThat(content.verificationCode()).isEqualTo(certificate.verificationCode());
        assertThat(content.title()).isEqualTo("社会保险参保证明");
        assertThat(content.lines()).extracting(CertificateContent.Line::label).contains("累计缴费月数");
    }

    @Test
    void everyChangedByteOfTheContentBreaksTheSignature() {
        byte[] signed = certificate.contentBytes();
        for (int i = 0; i < signed.length; i++) {
            byte[] changed = signed.clone();
            changed[i] ^= 0x01;
            IssuedCertificate forged = new IssuedCertificate(certificate.verificationCode(), certificate.template(),
                    certificate.keyId(), Base64.getEncoder().encodeToString(changed), certificate.signature(),
                    certificate.verifyUrl());
            assertThat(key.verifies(forged)).as("byte %d changed", i).isFalse();
        }
    }

    @Test
    void anotherKeyIdOrAGarbledSignatureDoesNotVerify() {
        assertThat(new SigningKey("other", key.algorithm(), key.publicKey()).verifies(certificate)).isFalse();
        IssuedCertificate garbled = new IssuedCertificate(certificate.verificationCode(), certificate.template(),
                certificate.keyId(), certificate.signedContent(), "not base64!", certificate.verifyUrl());
        assertThat(key.verifies(garbled)).isFalse();
    }

    @Test
    void textsMaskTheHolder() {
        assertThat(certificate.readContent().toString()).doesNotContain("11010519491231002X", "张三", "156")
                .contains("张*");
        assertThat(certificate.toString()).doesNotContain(certificate.signedContent());
    }
}
