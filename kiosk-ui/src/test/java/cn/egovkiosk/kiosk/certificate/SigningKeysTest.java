package cn.egovkiosk.kiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.FakeCaseOffice;
import cn.egovkiosk.kiosk.TestDatabase;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate check against a real HTTP server: keys fetched with the terminal credential and kept in the data
 * folder for the next start; the protocol fixture's certificate verifies with the fixture's keys and fails after any
 * byte changes; without keys and without a server nothing is declared valid.
 */
class SigningKeysTest {

    private final FakeAdminServer admin = FakeAdminServer.startUnchecked();
    @TempDir
    Path dataDir;

    @AfterEach
    void stop() {
        admin.close();
    }

    @Test
    void keysAreFetchedCachedOnDiskAndServeTheNextStartWithoutTheServer() throws Exception {
        KioskProperties properties = TestDatabase.properties(dataDir, admin.url());
        SigningKeys first = new SigningKeys(new TerminalHttp(properties), properties);

        assertThat(first.key(FakeCaseOffice.KEY_ID)).isPresent();
        assertThat(Files.readString(dataDir.resolve("signing-keys.json"))).contains(FakeCaseOffice.KEY_ID);

        admin.signingKeysDown(true);
        SigningKeys afterRestart = new SigningKeys(new TerminalHttp(properties), properties);
        assertThat(afterRestart.key(FakeCaseOffice.KEY_ID)).isPresent();
        assertThat(new CertificateCheck(afterRestart).check(forgedFixture()))
                .as("the fixture's key is neither cached nor to be had")
                .isInstanceOf(CertificateCheck.Verdict.Unverifiable.class);
    }

    @Test
    void theFixtureCertificateVerifiesAndAnyChangedByteMakesItForged() throws Exception {
        Files.writeString(dataDir.resolve("signing-keys.json"), ProtocolFixtures.text(ProtocolFixtures.SIGNING_KEYS));
        admin.signingKeysDown(true);
        KioskProperties properties = TestDatabase.properties(dataDir, admin.url());
        CertificateCheck check = new CertificateCheck(new SigningKeys(new TerminalHttp(properties), properties));
        IssuedCertificate genuine = fixture();

        var verdict = check.check(genuine);

        assertThat(verdict).isInstanceOf(CertificateCheck.Verdict.Valid.class);
        assertThat(((CertificateCheck.Verdict.Valid) verdict).content().holderName()).isEqualTo("张三");
        assertThat(check.check(forgedFixture())).isInstanceOf(CertificateCheck.Verdict.Forged.class);
        IssuedCertificate otherQr = new IssuedCertificate(genuine.verificationCode(), genuine.template(),
                genuine.keyId(), genuine.signedContent(), genuine.signature(), "https://evil.example/verify/X");
        assertThat(check.check(otherQr)).as("a QR leading elsewhere").isInstanceOf(CertificateCheck.Verdict.Forged.class);
    }

    private static IssuedCertificate fixture() {
        return ProtocolFixtures.read(ProtocolFixtures.SUBMISSION_ACK, SubmissionAck.class).certificates().getFirst();
    }

    private static IssuedCertificate forgedFixture() {
        IssuedCertificate genuine = fixture();
        byte[] content = genuine.contentBytes();
        content[content.length / 2] ^= 1;
        return new IssuedCertificate(genuine.verificationCode(), genuine.template(), genuine.keyId(),
                Base64.getEncoder().encodeToString(content), genuine.signature(), genuine.verifyUrl());
    }
}
