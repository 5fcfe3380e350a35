package cn.egovkiosk.admin.submission;

import static cn.egovkiosk.admin.submission.SubmissionFixtures.FIXTURE_KEY;
import static cn.egovkiosk.admin.submission.SubmissionFixtures.ID_NUMBER;
import static cn.egovkiosk.admin.submission.SubmissionFixtures.NAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SubmissionApiTest extends AdminServerTestSupport {

    @Autowired
    JdbcClient jdbc;

    private long rowsWithKey(String key) {
        return jdbc.sql("SELECT count(*) FROM submission WHERE idempotency_key = ?").param(key).query(Long.class)
                .single();
    }

    private HttpResponse<String> submit(String body, String key) {
        return demoKiosk().post(TerminalApi.SUBMISSIONS, body, TerminalApi.IDEMPOTENCY_KEY, key);
    }

    @Test
    void theFixtureIsStoredOnceAndItsReplayGetsTheFirstAnswer() {
        String today = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now(ZoneId.of("Asia/Shanghai")));

        HttpResponse<String> first = submit(SubmissionFixtures.fixture(), FIXTURE_KEY);

        assertThat(first.statusCode()).isEqualTo(201);
        SubmissionAck ack = TerminalClient.read(first, SubmissionAck.class);
        assertThat(ack.idempotencyKey()).isEqualTo(UUID.fromString(FIXTURE_KEY));
        assertThat(ack.status()).isEqualTo(SubmissionStatus.RECEIVED);
        assertThat(ack.trackingNumber()).startsWith("ZW" + today);
        assertThat(TrackingNumber.parse(ack.trackingNumber())).hasValue(ack.trackingNumber());
        assertThat(first.headers().firstValue("Location")).hasValue(TerminalApi.submission(ack.trackingNumber()));

        HttpResponse<String> replay = submit(SubmissionFixtures.fixture(), FIXTURE_KEY);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(TerminalClient.read(replay, SubmissionAck.class)).isEqualTo(ack);
        assertThat(rowsWithKey(FIXTURE_KEY)).isEqualTo(1);
    }

    private SubmissionAck submitNew() {
        UUID key = UUID.randomUUID();
        HttpResponse<String> response = submit(SubmissionFixtures.withKey(key), key.toString());
        assertThat(response.statusCode()).isEqualTo(201);
        return TerminalClient.read(response, SubmissionAck.class);
    }

    @Test
    void theSubmittingTerminalCanAskForTheStatusAndNoOtherCan() {
        SubmissionAck ack = submitNew();

        HttpResponse<String> own = demoKiosk().get(TerminalApi.submission(ack.trackingNumber()));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(TerminalClient.read(own, SubmissionAck.class)).isEqualTo(ack);
        assertThat(demoKiosk().get(TerminalApi.submission(ack.trackingNumber().toLowerCase())).statusCode())
                .isEqualTo(200);

        HttpResponse<String> foreign = otherKiosk().get(TerminalApi.submission(ack.trackingNumber()));
        assertThat(foreign.statusCode()).isEqualTo(404);
        String unknown = TrackingNumber.of(LocalDate.of(2020, 1, 1), 1);
        assertThat(foreign.body().replace(ack.trackingNumber(), unknown))
                .isEqualTo(otherKiosk().get(TerminalApi.submission(unknown)).body());
    }

    @Test
    void aTrackingNumberWithAWrongCheckCharacterIsRefusedAndAnUnknownOneIsNotFound() {
        String unknown = TrackingNumber.of(LocalDate.of(2020, 1, 1), 999_999);
        char check = unknown.charAt(unknown.length() - 1);
        String wrongCheck = unknown.substring(0, unknown.length() - 1) + (check == 'A' ? 'B' : 'A');

        assertThat(demoKiosk().get(TerminalApi.submission(wrongCheck)).statusCode()).isEqualTo(400);
        assertThat(demoKiosk().get(TerminalApi.submission("ZW123")).statusCode()).isEqualTo(400);
        assertThat(demoKiosk().get(TerminalApi.submission(unknown)).statusCode()).isEqualTo(404);
    }

    @Test
    void theIdempotencyKeyHeaderIsRequiredWellFormedAndEqualToTheBodysKey() {
        UUID key = UUID.randomUUID();
        String body = SubmissionFixtures.withKey(key);

        assertThat(demoKiosk().post(TerminalApi.SUBMISSIONS, body).statusCode()).isEqualTo(400);
        assertThat(submit(body, "not-a-uuid").statusCode()).isEqualTo(400);
        HttpResponse<String> different = submit(body, UUID.randomUUID().toString());
        assertThat(different.statusCode()).isEqualTo(400);
        assertThat(different.body()).contains("Idempotency-Key");
        assertThat(rowsWithKey(key.toString())).isZero();
    }

    @Test
    void anUnknownItemIsUnprocessableAndMissingApplicantDataIsABadRequest() {
        UUID key = UUID.randomUUID();
        String unknownItem = SubmissionFixtures.withKey(key).replace("11350203MB0000001A4442115002000", "NO-SUCH-ITEM");
        String noName = SubmissionFixtures.withKey(key).replace("\"name\": \"" + NAME + "\"", "\"name\": \" \"");

        assertThat(submit(unknownItem, key.toString()).statusCode()).isEqualTo(422);
        HttpResponse<String> missing = submit(noName, key.toString());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("applicant.name");
        assertThat(rowsWithKey(key.toString())).isZero();
    }

    @Test
    void malformedJsonGetsAProblemThatNeverEchoesTheBody() {
        String key = UUID.randomUUID().toString();
        String idNumberWhereTheKeyBelongs = SubmissionFixtures.withKey(UUID.fromString(key))
                .replace(key, ID_NUMBER + NAME);
        String truncated = SubmissionFixtures.withKey(UUID.fromString(key)).substring(0, 150);

        for (String body : new String[] {idNumberWhereTheKeyBelongs, truncated, "[" + ID_NUMBER + "]"}) {
            HttpResponse<String> response = submit(body, key);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("not valid JSON").doesNotContain(ID_NUMBER).doesNotContain(NAME)
                    .doesNotContain("13800000000");
        }
    }

    @Test
    void aKeyReusedForOtherContentOrByAnotherTerminalIsAConflictAndChangesNothing() {
        UUID key = UUID.randomUUID();
        SubmissionAck first = TerminalClient.read(submit(SubmissionFixtures.withKey(key), key.toString()),
                SubmissionAck.class);
        String otherContent = SubmissionFixtures.withKey(key).replace("13800000000", "13900000000");

        assertThat(submit(otherContent, key.toString()).statusCode()).isEqualTo(409);
        assertThat(otherKiosk().post(TerminalApi.SUBMISSIONS, SubmissionFixtures.withKey(key),
                TerminalApi.IDEMPOTENCY_KEY, key.toString()).statusCode()).isEqualTo(409);
        assertThat(rowsWithKey(key.toString())).isEqualTo(1);
        assertThat(TerminalClient.read(submit(SubmissionFixtures.withKey(key), key.toString()), SubmissionAck.class))
                .isEqualTo(first);
    }
}
