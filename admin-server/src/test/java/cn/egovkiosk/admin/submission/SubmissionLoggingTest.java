package cn.egovkiosk.admin.submission;

import static cn.egovkiosk.admin.submission.SubmissionFixtures.ID_NUMBER;
import static cn.egovkiosk.admin.submission.SubmissionFixtures.NAME;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Runs a whole submission flow with web and application logging at DEBUG and reads every line logged. */
@ExtendWith(OutputCaptureExtension.class)
class SubmissionLoggingTest extends AdminServerTestSupport {

    private static final String[] LOGGERS = {"org.springframework.web", "cn.egovkiosk.admin"};

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @BeforeEach
    void debug() {
        for (String logger : LOGGERS) {
            logging.setLogLevel(logger, LogLevel.DEBUG);
        }
    }

    @AfterEach
    void restore() {
        for (String logger : LOGGERS) {
            logging.setLogLevel(logger, null);
        }
    }

    @Test
    void noIdNumberOrNameReachesTheLog(CapturedOutput output) {
        UUID key = UUID.randomUUID();
        String body = SubmissionFixtures.withKey(key);
        TerminalClient kiosk = demoKiosk();

        SubmissionAck ack = TerminalClient.read(
                kiosk.post(TerminalApi.SUBMISSIONS, body, TerminalApi.IDEMPOTENCY_KEY, key.toString()),
                SubmissionAck.class);
        kiosk.post(TerminalApi.SUBMISSIONS, body, TerminalApi.IDEMPOTENCY_KEY, key.toString());
        kiosk.post(TerminalApi.SUBMISSIONS, body.replace("13800000000", "13900000000"), TerminalApi.IDEMPOTENCY_KEY,
                key.toString());
        kiosk.post(TerminalApi.SUBMISSIONS, body.replace(key.toString(), ID_NUMBER + NAME),
                TerminalApi.IDEMPOTENCY_KEY, key.toString());
        kiosk.post(TerminalApi.SUBMISSIONS, body.substring(0, 140), TerminalApi.IDEMPOTENCY_KEY, key.toString());
        kiosk.get(TerminalApi.submission(ack.trackingNumber()));

        assertThat(output.getAll()).contains(ack.trackingNumber()).contains("replayed")
                .doesNotContain(ID_NUMBER).doesNotContain(NAME).doesNotContain("13800000000");
    }
}
