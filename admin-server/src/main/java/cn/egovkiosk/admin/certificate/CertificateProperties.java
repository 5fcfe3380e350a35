package cn.egovkiosk.admin.certificate;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Certificate settings, {@code admin.certificates.*}.
 *
 * @param signingKeyFile {@code admin.certificates.signing-key-file}: the Ed25519 private key (PKCS#8, DER); made
 *                       on first start when missing; default empty, meaning {@code <admin.data-dir>/certificate-signing-key.p8}
 * @param verifyBaseUrl  {@code admin.certificates.verify-base-url}: the public address the certificates' QR codes
 *                       lead to ({@code <base>/verify/<code>}); default {@code http://localhost:8081}
 */
@ConfigurationProperties("admin.certificates")
record CertificateProperties(@DefaultValue("") String signingKeyFile,
        @DefaultValue("http://localhost:8081") String verifyBaseUrl) {

    Path keyFile(Path dataDir) {
        return signingKeyFile.isBlank() ? dataDir.resolve("certificate-signing-key.p8") : Path.of(signingKeyFile);
    }

    String verifyUrl(String code) {
        return verifyBaseUrl.replaceAll("/+$", "") + "/verify/" + code;
    }
}
