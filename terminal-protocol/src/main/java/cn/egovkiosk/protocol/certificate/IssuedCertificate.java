package cn.egovkiosk.protocol.certificate;

import cn.egovkiosk.protocol.ProtocolJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A certificate as the server issues it: the exact bytes it signed and the Ed25519 signature over them. The kiosk
 * checks the signature against the server's key ({@link SigningKey}) before it prints; the public verification page
 * checks the stored bytes the same way, so any changed byte makes the certificate invalid.
 *
 * @param verificationCode the code on the certificate and in its QR
 * @param template         the template id (as in {@link CertificateContent#template()})
 * @param keyId            which of the server's keys signed it
 * @param signedContent    Base64 of the UTF-8 JSON of the {@link CertificateContent}, exactly as signed
 * @param signature        Base64 of the Ed25519 signature over the decoded {@code signedContent} bytes
 * @param verifyUrl        the public page the QR leads to, {@code <server>/verify/<verificationCode>}
 */
public record IssuedCertificate(String verificationCode, String template, String keyId, String signedContent,
        String signature, String verifyUrl) {

    /** The signed bytes. */
    public byte[] contentBytes() {
        return Base64.getDecoder().decode(signedContent);
    }

    /** The certificate's content, read from the signed bytes (check the signature first). */
    public CertificateContent readContent() {
        return ProtocolJson.mapper().readValue(new String(contentBytes(), StandardCharsets.UTF_8),
                CertificateContent.class);
    }

    @Override
    public String toString() {
        return "IssuedCertificate[verificationCode=" + verificationCode + ", template=" + template + ", keyId=" + keyId
                + "]";
    }
}
