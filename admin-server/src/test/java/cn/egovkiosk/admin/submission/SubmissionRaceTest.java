package cn.egovkiosk.admin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminProperties;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Forces the race the unique constraint settles: a writer outside the server holds the database while every copy
 * passes the "already stored?" check; when it lets go, one copy is stored and every other one hits the constraint
 * and must answer as a replay. A pool as large as the copies lets all of them wait at the same point.
 */
@TestPropertySource(properties = {"admin.sqlite.pool-size=16", "admin.sqlite.busy-timeout=30s"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class SubmissionRaceTest extends AdminServerTestSupport {

    private static final int COPIES = 8;

    @Autowired
    HikariDataSource pool;
    @Autowired
    AdminProperties properties;

    @Test
    void copiesThatAllMissedTheStoredCheckAreSettledByTheUniqueConstraint(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(SubmissionIntake.class.getName(), LogLevel.DEBUG);
        UUID key = UUID.randomUUID();
        String body = SubmissionFixtures.withKey(key);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (Connection blocker = DriverManager.getConnection("jdbc:sqlite:" + properties.databaseFile());
                Statement statement = blocker.createStatement();
                ExecutorService senders = Executors.newFixedThreadPool(COPIES)) {
            statement.execute("BEGIN IMMEDIATE");
            for (int i = 0; i < COPIES; i++) {
                responses.add(senders.submit(() -> demoKiosk().post(TerminalApi.SUBMISSIONS, body,
                        TerminalApi.IDEMPOTENCY_KEY, key.toString())));
            }
            awaitAllWaitingInTheirTransactions();
            statement.execute("ROLLBACK");
        } finally {
            logging.setLogLevel(SubmissionIntake.class.getName(), null);
        }

        List<SubmissionAck> acks = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> response : responses) {
            HttpResponse<String> answered = response.get(60, TimeUnit.SECONDS);
            statuses.add(answered.statusCode());
            acks.add(TerminalClient.read(answered, SubmissionAck.class));
        }
        assertThat(statuses).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
        assertThat(acks).containsOnly(acks.getFirst());
        assertThat(output.getAll().lines().filter(line -> line.contains(key + " arrived twice at once")))
                .hasSize(COPIES - 1);
    }

    // every copy holds a pooled connection only while it waits to begin its transaction
    private void awaitAllWaitingInTheirTransactions() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pool.getHikariPoolMXBean().getActiveConnections() < COPIES && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isEqualTo(COPIES);
    }
}
