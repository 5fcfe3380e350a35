package cn.egovkiosk.admin.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.decision.DemoApplications;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.certificate.CertificateContent;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.certificate.SigningKey;
import cn.egovkiosk.protocol.submission.Applicant;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every template is issued with data and verifies; the public page tells a changed byte. */
class CertificateIssueTest extends AdminServerTestSupport {

    // one demo item per template (CertificateTemplate.BY_ITEM)
    static final Map<CertificateTemplate, String> ITEMS = Map.of(
            CertificateTemplate.SOCIAL_INSURANCE_RECORD, "11350203MB0000002B4442115003000",
            CertificateTemplate.HOUSING_FUND_RECORD, "12350200MB0000004D4442116001000",
            CertificateTemplate.REAL_ESTATE_RECORD, "11350203MB0000115M2000000276000",
            CertificateTemplate.HOUSEHOLD_REGISTER, "11350203MB0000043W2000000061000",
            CertificateTemplate.MARRIAGE_RECORD, "11350203MB000003520700000150000");

    @Autowired
    JdbcClient jdbc;

    private SubmissionAck submit(String item, Applicant applicant) {
        Submission submission = DemoApplications.submission(item, applicant, EnumSet.allOf(DataSource.class));
        HttpResponse<String> response = demoKiosk().post(TerminalApi.SUBMISSIONS, DemoApplications.json(submission),
                TerminalApi.IDEMPOTENCY_KEY, submission.idempotencyKey().toString());
        assertThat(response.statusCode()).isEqualTo(201);
        return TerminalClient.read(response, SubmissionAck.class);
    }

    private List<SigningKey> keys() {
        return List.of(TerminalClient.read(demoKiosk().get(TerminalApi.SIGNING_KEYS), SigningKey[].class));
    }

    private HttpResponse<String> page(String path) {
        return withAuthorization(null).get(path, "Accept-Language", "zh-CN");
    }

    @Test
    void everyTemplateRendersTheResidentsDataAndVerifiesWithTheServersKey() {
        for (var entry : ITEMS.entrySet()) {
            SubmissionAck ack = submit(entry.getValue(), DemoApplications.ZHANG_SAN);

            assertThat(ack.certificates()).as(entry.getKey().name()).singleElement().satisfies(certificate -> {
                CertificateContent content = certificate.readContent();
                assertThat(certificate.template()).isEqualTo(entry.getKey().name());
                assertThat(content.title()).isEqualTo(entry.getKey().title());
                assertThat(content.holderName()).isEqualTo("张三");
                assertThat(content.lines()).hasSizeGreaterThan(2)
                        .allSatisfy(line -> assertThat(line.value()).isNotBlank());
                assertThat(content.validUntil()).isAfter(content.issuedAt());
                assertThat(keys()).anySatisfy(key -> assertThat(key.verifies(certificate)).isTrue());
            });
        }
    }

    @Test
    void withoutARecordOnlyTheTemplatesThatCertifyAbsenceAreIssued() {
        assertThat(submit(ITEMS.get(CertificateTemplate.REAL_ESTATE_RECORD), DemoApplications.WANG_WU).certificates())
                .singleElement().satisfies(c -> assertThat(c.readContent().lines().getFirst().value())
                        .startsWith("未查询到"));
        assertThat(submit(ITEMS.get(CertificateTemplate.MARRIAGE_RECORD), DemoApplications.WANG_WU).certificates())
                .hasSize(1);
        assertThat(submit(ITEMS.get(CertificateTemplate.HOUSING_FUND_RECORD), DemoApplications.WANG_WU)
                .certificates()).isEmpty();
    }

    @Test
    void theVerificationPageShowsAValidCertificateMaskedAndNeedsNoLogin() {
        IssuedCertificate certificate = submit(ITEMS.get(CertificateTemplate.HOUSEHOLD_REGISTER),
                DemoApplications.ZHANG_SAN).certificates().getFirst();

        HttpResponse<String> response = page("/verify/" + certificate.verificationCode());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("data-state=\"VALID\"", "户籍证明", "张*", "1101**********002X")
                .doesNotContain("张三", "11010519491231002X", "建国路");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("no-store"));
        assertThat(withAuthorization(null).get("/verify/" + certificate.verificationCode(), "Accept-Language", "en")
                .body()).contains("This certificate is valid", "lang=\"en\"");
    }

    @Test
    void anyChangedStoredByteMakesTheCertificateInvalid() {
        IssuedCertificate certificate = submit(ITEMS.get(CertificateTemplate.SOCIAL_INSURANCE_RECORD),
                DemoApplications.ZHANG_SAN).certificates().getFirst();
        byte[] content = certificate.contentBytes();
        String code = certificate.verificationCode();
        for (int position : new int[] {0, content.length / 2, content.length - 1}) {
            byte[] changed = content.clone();
            changed[position] ^= 0x01;
            store(code, Base64.getEncoder().encodeToString(changed), certificate.signature());

            assertThat(page("/verify/" + code).body()).as("byte " + position).contains("data-state=\"INVALID\"")
                    .doesNotContain("张*");
        }
        byte[] signature = Base64.getDecoder().decode(certificate.signature());
        signature[7] ^= 0x10;
        store(code, certificate.signedContent(), Base64.getEncoder().encodeToString(signature));
        assertThat(page("/verify/" + code).body()).contains("data-state=\"INVALID\"");

        store(code, certificate.signedContent(), certificate.signature());
        assertThat(page("/verify/" + code).body()).contains("data-state=\"VALID\"");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        HttpResponse<String> response = page("/verify/V23456789ABCDE");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("data-state=\"UNKNOWN\"");
    }

    private void store(String code, String signedContent, String signature) {
        jdbc.sql("UPDATE issued_certificate SET signed_content = ?, signature = ? WHERE verification_code = ?")
                .params(signedContent, signature, code).update();
    }
}
