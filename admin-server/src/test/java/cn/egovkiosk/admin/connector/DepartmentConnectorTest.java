package cn.egovkiosk.admin.connector;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.application.AdminApiCalls;
import cn.egovkiosk.admin.application.ApplicationHistory;
import cn.egovkiosk.admin.application.ApplicationHistory.Entry;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The connector against a department simulator over real HTTP: signed webhooks with retries from the queue, and
 * signed status callbacks that move the application (replays and forgeries change nothing).
 */
class DepartmentConnectorTest extends AdminServerTestSupport {

    static final String SECRET = "hrss-webhook-secret-for-tests-only-0123456789";
    private static DepartmentSimulator hrss;

    @Autowired
    ApplicationHistory history;
    @Autowired
    DeliveryQueue queue;

    @DynamicPropertySource
    static void connectHrss(DynamicPropertyRegistry registry) {
        try {
            hrss = DepartmentSimulator.start("HRSS", SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConnectedDepartments.connect(registry, 0, "HRSS", hrss.url().toString(), SECRET);
    }

    @AfterAll
    static void stopSimulator() {
        hrss.close();
    }

    @BeforeEach
    void reportHere() {
        hrss.reportTo(URI.create("http://127.0.0.1:" + port));
        hrss.decide(application -> SubmissionStatus.APPROVED);
    }

    @Test
    void aFailingDepartmentGetsTheApplicationOnRetryAndThenApprovesIt() {
        hrss.failNext(2);
        String tracking = AdminApiCalls.submitFixture(demoKiosk());

        ConnectedDepartments.await(() -> history.entries(tracking).size() == 3);

        assertThat(history.entries(tracking)).extracting(Entry::status).containsExactly(SubmissionStatus.RECEIVED,
                SubmissionStatus.ACCEPTED, SubmissionStatus.APPROVED);
        assertThat(history.entries(tracking)).extracting(Entry::actor).endsWith("department:HRSS",
                "department:HRSS");
        DeliveryQueue.State state = queue.state(tracking).orElseThrow();
        assertThat(state.delivered()).isTrue();
        assertThat(state.attempts()).isEqualTo(3);
        assertThat(hrss.taken).filteredOn(taken -> taken.trackingNumber().equals(tracking)).singleElement()
                .satisfies(taken -> {
                    assertThat(taken.applicant().idNumber()).isEqualTo("11010519491231002X");
                    assertThat(taken.form()).containsEntry("phone", "13800000000");
                });
        assertThat(hrss.badSignatures).hasValue(0);
    }

    @Test
    void aDepartmentAskingForMoreLeavesANoteForTheResident() {
        hrss.decide(application -> SubmissionStatus.MORE_NEEDED);
        String tracking = AdminApiCalls.submitFixture(demoKiosk());

        ConnectedDepartments.await(() -> history.entries(tracking).size() == 3);

        assertThat(history.of(tracking).getLast().status()).isEqualTo(SubmissionStatus.MORE_NEEDED);
        assertThat(history.of(tracking).getLast().note()).isEqualTo("请补充户口簿复印件");
    }

    @Test
    void replayedForgedStaleAndWrongStepCallbacksChangeNothing() {
        hrss.failNext(1_000); // keep the department from answering by itself
        String tracking = AdminApiCalls.submitFixture(demoKiosk());
        String accept = "{\"callbackId\":\"" + UUID.randomUUID() + "\",\"trackingNumber\":\"" + tracking
                + "\",\"status\":\"ACCEPTED\",\"note\":\"\"}";
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> first = hrss.send(accept, now, SECRET);
        HttpResponse<String> replay = hrss.send(accept, now, SECRET);
        HttpResponse<String> forged = hrss.send(accept.replace("ACCEPTED", "REJECTED"), now,
                "not-the-secret-of-hrss-0123456789");
        HttpResponse<String> stale = hrss.send(accept.replace("ACCEPTED", "REJECTED"), now - 3600, SECRET);
        HttpResponse<String> backwards = hrss.callback(tracking, SubmissionStatus.RECEIVED, "");
        hrss.failNext(0);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"replay\":false");
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("\"replay\":true");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(backwards.statusCode()).isEqualTo(409);
        assertThat(history.entries(tracking)).extracting(Entry::status).containsExactly(SubmissionStatus.RECEIVED,
                SubmissionStatus.ACCEPTED);
    }

    @Test
    void aDepartmentCannotMoveAnotherDepartmentsApplication() {
        String civilAffairs = AdminApiCalls.submitFixture(demoKiosk(), "11350203MB0000006F4442117001000");

        HttpResponse<String> answer = hrss.callback(civilAffairs, SubmissionStatus.ACCEPTED, "");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(queue.state(civilAffairs)).as("CA has no system: its officers use the desk").isEmpty();
        assertThat(history.entries(civilAffairs)).hasSize(1);
    }

    @Test
    void theBackoffDoublesUpToTheLongestWait() {
        DeliveryDispatcher dispatcher = new DeliveryDispatcher(null, null, null, new ConnectorProperties(List.of(),
                Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofMinutes(5), 20), null);

        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(dispatcher.backoff(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(dispatcher.backoff(40)).isEqualTo(Duration.ofMinutes(10));
    }
}
