package cn.egovkiosk.admin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.decision.DemoApplications;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.progress.ProgressAnswer;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The progress query at the kiosk and on the public page: answers only with the right second factor, 404 alike
 * otherwise, rate-limited. Counts queries per client carefully: the limits are the defaults (10 per minute per
 * client, 5 failures per number).
 */
class ProgressQueryTest extends AdminServerTestSupport {

    private SubmissionAck submitted() {
        Submission submission = DemoApplications.submission(DemoApplications.HOUSING_FUND_CERTIFICATE,
                DemoApplications.ZHANG_SAN, Set.of(DataSource.HOUSING_FUND));
        return TerminalClient.read(demoKiosk().post(TerminalApi.SUBMISSIONS, DemoApplications.json(submission),
                TerminalApi.IDEMPOTENCY_KEY, submission.idempotencyKey().toString()), SubmissionAck.class);
    }

    private static HttpResponse<String> ask(TerminalClient kiosk, String tracking, String idNumber, String last4) {
        return kiosk.post(TerminalApi.PROGRESS,
                ProtocolJson.mapper().writeValueAsString(new ProgressQuery(tracking, idNumber, last4)));
    }

    @Test
    void theKioskGetsTheProgressWithTheRightFactorAndTheSame404Otherwise() {
        SubmissionAck ack = submitted();

        HttpResponse<String> byCard = ask(demoKiosk(), ack.trackingNumber(), "11010519491231002X", "");
        assertThat(byCard.statusCode()).isEqualTo(200);
        ProgressAnswer answer = TerminalClient.read(byCard, ProgressAnswer.class);
        assertThat(answer.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(answer.maskedApplicantName()).isEqualTo("张*");
        assertThat(answer.itemName()).isEqualTo("住房公积金缴存证明打印");
        assertThat(answer.history()).extracting(ProgressAnswer.Step::status)
                .containsExactly(SubmissionStatus.RECEIVED, SubmissionStatus.APPROVED);
        assertThat(byCard.body()).doesNotContain("11010519491231002X", "张三");
        // the card proves who asks: the certificates come along, exactly as issued, to be printed later
        assertThat(ack.certificates()).isNotEmpty();
        assertThat(answer.certificates()).isEqualTo(ack.certificates());

        ProgressAnswer byLast4 = TerminalClient.read(ask(demoKiosk(), ack.trackingNumber(), "", "002X"),
                ProgressAnswer.class);
        assertThat(byLast4.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(byLast4.certificates()).as("four typed characters are too weak for a certificate").isEmpty();

        HttpResponse<String> wrongFactor = ask(demoKiosk(), ack.trackingNumber(), "", "0000");
        String unknownNumber = TrackingNumber.of(LocalDate.of(2021, 3, 4), 77);
        HttpResponse<String> unknown = ask(demoKiosk(), unknownNumber, "", "002X");
        assertThat(wrongFactor.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(wrongFactor.body()).isEqualTo(unknown.body());
    }

    @Test
    void aNumberIsLockedAfterFiveWrongFactorsEvenForTheRightOne() {
        SubmissionAck ack = submitted();
        TerminalClient kiosk = otherKiosk();
        for (int i = 0; i < 5; i++) {
            assertThat(ask(kiosk, ack.trackingNumber(), "", "%04d".formatted(i)).statusCode()).isEqualTo(404);
        }

        assertThat(ask(kiosk, ack.trackingNumber(), "", "002X").statusCode()).isEqualTo(429);
    }

    @Test
    void aClientIsLimitedToTenQueriesAMinute() {
        TerminalClient kiosk = enrolledKiosk("progress-kiosk-09", "SM-CENTRE");
        for (int i = 0; i < 10; i++) {
            assertThat(ask(kiosk, TrackingNumber.of(LocalDate.of(2022, 1, 1), 100 + i), "", "1234").statusCode())
                    .isEqualTo(404);
        }

        assertThat(ask(kiosk, TrackingNumber.of(LocalDate.of(2022, 1, 1), 200), "", "1234").statusCode())
                .isEqualTo(429);
    }

    @Test
    void theKioskQueryNeedsTheTerminalCredential() {
        assertThat(ask(withAuthorization(null), "ZW20261120000017Z", "", "002X").statusCode()).isEqualTo(401);
    }

    @Test
    void thePublicPageAnswersAFormPostWithoutLoginAndShowsNothingUnmasked() throws Exception {
        SubmissionAck ack = submitted();
        HttpResponse<String> form = withAuthorization(null).get("/progress", "Accept-Language", "zh-CN");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("method=\"post\"", "name=\"trackingNumber\"", "name=\"idLast4\"");

        HttpResponse<String> found = postForm(ack.trackingNumber().toLowerCase(), "002x");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(ack.trackingNumber(), "张*", "住房公积金缴存证明打印", "已接收")
                .doesNotContain("张三", "11010519491231002X", ack.certificates().getFirst().verificationCode(),
                        ack.certificates().getFirst().signature());

        HttpResponse<String> notFound = postForm(ack.trackingNumber(), "1234");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("id=\"message\"").doesNotContain("张*");
    }

    private HttpResponse<String> postForm(String tracking, String last4) throws Exception {
        String body = "trackingNumber=" + URLEncoder.encode(tracking, StandardCharsets.UTF_8) + "&idLast4="
                + URLEncoder.encode(last4, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/progress"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
