package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.AdminServerApplication;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Back-pressure over real HTTP: with the database held by another writer and a queue of two terminals, further
 * heartbeats are answered 503 with Retry-After (on the direct path and on the Spring MVC path alike), and once the
 * database is free every heartbeat that was answered 200 is stored, with what it reported.
 */
class HeartbeatBackPressureTest {

    private static final int TERMINALS = 8;

    @Test
    void aFullQueueAnswers503WithRetryAfterAndNothingAcceptedIsLost() throws Exception {
        Path dataDir = AdminServerTestSupport.newDataDir();
        try (ConfigurableApplicationContext server = SpringApplication.run(AdminServerApplication.class,
                arguments(dataDir))) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            Map<String, Integer> accepted = new LinkedHashMap<>();
            List<HttpResponse<String>> refused = new ArrayList<>();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("admin.db"));
                    Statement statement = other.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE"); // another writer holds the database: the writer thread stalls
                for (int i = 0; i < TERMINALS; i++) {
                    // the last one asks for JSON among others, so the Spring MVC path answers it
                    String[] headers = i == TERMINALS - 1
                            ? new String[] {"Accept", "application/json, text/plain;q=0.5"} : new String[0];
                    HttpResponse<String> response = kiosk(port, i).post(TerminalApi.HEARTBEAT, heartbeat(i), headers);
                    if (response.statusCode() == 200) {
                        accepted.put(id(i), i);
                    } else {
                        refused.add(response);
                    }
                }
                statement.execute("COMMIT");
            }

            // one batch in the stalled writer and two waiting: the rest is refused
            assertThat(accepted).hasSizeBetween(2, 4).containsKey(id(0));
            assertThat(refused).hasSize(TERMINALS - accepted.size()).allSatisfy(response -> {
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.body()).contains("send again later");
            });
            assertThat(accepted).doesNotContainKey(id(TERMINALS - 1));

            Map<String, Integer> stored = awaitStored(dataDir, accepted.size());
            assertThat(stored).as("every acknowledged heartbeat, as reported; no refused one")
                    .containsExactlyInAnyOrderEntriesOf(accepted);

            int retried = TERMINALS - 1;
            assertThat(kiosk(port, retried).post(TerminalApi.HEARTBEAT, heartbeat(retried)).statusCode())
                    .as("the database is free again").isEqualTo(200);
            assertThat(awaitStored(dataDir, accepted.size() + 1)).containsEntry(id(retried), retried);
        }
    }

    private static String[] arguments(Path dataDir) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--admin.data-dir=" + dataDir,
                "--vaadin.productionMode=true", "--admin.terminal-api.heartbeat-batch-size=1",
                "--admin.terminal-api.heartbeat-max-pending=2", "--admin.terminal-api.heartbeat-queue-wait=200ms",
                "--admin.terminal-api.heartbeat-flush-interval=20ms", "--admin.sqlite.busy-timeout=60s"));
        for (int i = 0; i < TERMINALS; i++) {
            arguments.add("--admin.terminals[" + i + "].id=" + id(i));
            arguments.add("--admin.terminals[" + i + "].credential=" + credential(i));
            arguments.add("--admin.terminals[" + i + "].site=思明区政务服务中心");
        }
        return arguments.toArray(String[]::new);
    }

    private static String id(int i) {
        return "bp-kiosk-" + i;
    }

    private static String credential(int i) {
        return "back-pressure-terminal-credential-" + i;
    }

    private static TerminalClient kiosk(int port, int i) {
        return TerminalClient.bearer(port, credential(i));
    }

    /** The outbox depth tells which report was stored. */
    private static String heartbeat(int i) {
        return ProtocolJson.mapper().writeValueAsString(new Heartbeat("0.2.0", "none", List.of(), i, Instant.now()));
    }

    private static Map<String, Integer> awaitStored(Path dataDir, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, Integer> stored = stored(dataDir);
        while (stored.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            stored = stored(dataDir);
        }
        return stored;
    }

    private static Map<String, Integer> stored(Path dataDir) throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("admin.db"));
                ResultSet rows = db.createStatement().executeQuery(
                        "SELECT terminal_id, outbox_depth FROM terminal_status")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
            }
        }
        return stored;
    }
}
