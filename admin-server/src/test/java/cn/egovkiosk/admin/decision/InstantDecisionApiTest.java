package cn.egovkiosk.admin.decision;

import static cn.egovkiosk.admin.decision.DemoApplications.HOUSING_FUND_CERTIFICATE;
import static cn.egovkiosk.admin.decision.DemoApplications.LI_SI;
import static cn.egovkiosk.admin.decision.DemoApplications.PENSION_ENROLMENT;
import static cn.egovkiosk.admin.decision.DemoApplications.RENT_WITHDRAWAL;
import static cn.egovkiosk.admin.decision.DemoApplications.ZHANG_SAN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.sharing.DataAccessLog;
import cn.egovkiosk.admin.sharing.SharedLookup;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import cn.egovkiosk.protocol.certificate.SigningKey;
import cn.egovkiosk.protocol.submission.InstantDecision.Outcome;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 秒批 over HTTP: the decision within a second, certificates signed, replays identical, consent enforced. */
class InstantDecisionApiTest extends AdminServerTestSupport {

    @Autowired
    DataAccessLog accessLog;
    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> send(Submission submission) {
        return demoKiosk().post(TerminalApi.SUBMISSIONS, DemoApplications.json(submission),
                TerminalApi.IDEMPOTENCY_KEY, submission.idempotencyKey().toString());
    }

    private List<SigningKey> signingKeys() {
        HttpResponse<String> response = demoKiosk().get(TerminalApi.SIGNING_KEYS);
        assertThat(response.statusCode()).isEqualTo(200);
        return Arrays.asList(TerminalClient.read(response, SigningKey[].class));
    }

    @Test
    void anApprovedItemIsDecidedWithinASecondWithASignedCertificateAndItsReplayIsTheSameAck() {
        Submission submission = DemoApplications.submission(HOUSING_FUND_CERTIFICATE, ZHANG_SAN,
                Set.of(DataSource.HOUSING_FUND));

        long started = System.nanoTime();
        HttpResponse<String> first = send(submission);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
        SubmissionAck ack = TerminalClient.read(first, SubmissionAck.class);
        assertThat(ack.decision().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(ack.decision().unmetConditions()).isEmpty();
        assertThat(ack.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(ack.certificates()).singleElement().satisfies(certificate -> {
            assertThat(certificate.template()).isEqualTo("HOUSING_FUND_RECORD");
            assertThat(certificate.verifyUrl()).endsWith("/verify/" + certificate.verificationCode());
            assertThat(certificate.readContent().holderIdNumber()).isEqualTo(ZHANG_SAN.idNumber());
            assertThat(signingKeys()).anySatisfy(key -> assertThat(key.verifies(certificate)).isTrue());
        });

        HttpResponse<String> replay = send(submission);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(TerminalClient.read(replay, SubmissionAck.class)).isEqualTo(ack);
        // a kiosk that lost both answers asks by tracking number and can still print decision and certificate
        HttpResponse<String> queried = demoKiosk().get(TerminalApi.submission(ack.trackingNumber()));
        assertThat(queried.statusCode()).isEqualTo(200);
        assertThat(TerminalClient.read(queried, SubmissionAck.class)).isEqualTo(ack);
        assertThat(accessLog.forSubmission(submission.idempotencyKey())).singleElement()
                .satisfies(access -> assertThat(access.result()).isEqualTo(SharedLookup.Result.FOUND));
    }

    @Test
    void unmetConditionsReferTheApplicationToAnOfficerAndIssueNothing() {
        // 张三's card address is in Beijing: the rent withdrawal wants a 思明区 address
        Submission submission = DemoApplications.submission(RENT_WITHDRAWAL, ZHANG_SAN,
                Set.of(DataSource.HOUSING_FUND, DataSource.REAL_ESTATE));

        SubmissionAck ack = TerminalClient.read(send(submission), SubmissionAck.class);

        assertThat(ack.decision().outcome()).isEqualTo(Outcome.REFERRED_TO_OFFICER);
        assertThat(ack.decision().unmetConditions()).contains("申请人身份证住址在思明区", "申请人在本市无登记住房");
        assertThat(ack.status()).isEqualTo(SubmissionStatus.RECEIVED);
        assertThat(ack.certificates()).isEmpty();
        assertThat(TerminalClient.read(demoKiosk().get(TerminalApi.submission(ack.trackingNumber())),
                SubmissionAck.class).decision()).isEqualTo(ack.decision());
    }

    @Test
    void aResidentWhoMeetsEveryConditionIsApproved() {
        Submission submission = DemoApplications.submission(RENT_WITHDRAWAL, LI_SI,
                Set.of(DataSource.HOUSING_FUND, DataSource.REAL_ESTATE));

        SubmissionAck ack = TerminalClient.read(send(submission), SubmissionAck.class);

        assertThat(ack.decision().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(accessLog.forSubmission(submission.idempotencyKey()))
                .extracting(DataAccessLog.DataAccess::source, DataAccessLog.DataAccess::result)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DataSource.HOUSING_FUND, SharedLookup.Result.FOUND),
                        org.assertj.core.groups.Tuple.tuple(DataSource.REAL_ESTATE, SharedLookup.Result.NO_RECORD));
    }

    @Test
    void withoutConsentNoSourceIsAskedTheRefusalIsLoggedAndTheOfficerDecides() {
        Submission submission = DemoApplications.submission(RENT_WITHDRAWAL, LI_SI, Set.of(DataSource.HOUSING_FUND));

        SubmissionAck ack = TerminalClient.read(send(submission), SubmissionAck.class);

        assertThat(ack.decision().outcome()).isEqualTo(Outcome.REFERRED_TO_OFFICER);
        assertThat(ack.decision().unmetConditions()).containsExactly("申请人在本市无登记住房（未授权查询该数据）");
        assertThat(accessLog.forSubmission(submission.idempotencyKey())).anySatisfy(access -> {
            assertThat(access.source()).isEqualTo(DataSource.REAL_ESTATE);
            assertThat(access.consented()).isFalse();
            assertThat(access.result()).isEqualTo(SharedLookup.Result.NOT_CONSENTED);
        }).allSatisfy(access -> assertThat(access.purpose()).contains("住房公积金提取"));
    }

    @Test
    void anItemWithoutRulesOrCertificateGetsNeitherAndAsksNoSource() {
        Submission submission = DemoApplications.submission(PENSION_ENROLMENT, ZHANG_SAN,
                Set.of(DataSource.SOCIAL_INSURANCE));

        SubmissionAck ack = TerminalClient.read(send(submission), SubmissionAck.class);

        assertThat(ack.decision()).isNull();
        assertThat(ack.certificates()).isEmpty();
        assertThat(accessLog.forSubmission(submission.idempotencyKey())).isEmpty();
    }

    @Test
    void theSigningKeysNeedTheTerminalCredential() {
        assertThat(withAuthorization(null).get(TerminalApi.SIGNING_KEYS).statusCode()).isEqualTo(401);
        assertThat(withAuthorization("Bearer not-a-credential-of-anyone").get(TerminalApi.SIGNING_KEYS).statusCode())
                .isEqualTo(401);
        assertThat(signingKeys()).isNotEmpty()
                .allSatisfy(key -> assertThat(key.algorithm()).isEqualTo(SigningKey.ED25519));
    }

    @SuppressWarnings("unused")
    private static IssuedCertificate first(SubmissionAck ack) {
        return ack.certificates().getFirst();
    }
}
