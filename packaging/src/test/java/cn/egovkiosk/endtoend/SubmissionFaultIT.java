package cn.egovkiosk.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.submission.KioskOutbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, point 8: the admin server runs from its jar as a child process and is killed with {@code kill -9} in the
 * middle of a stream of submissions, then started again on the same SQLite file and port, while the kiosk's own
 * outbox and forwarder keep retrying. Every submission must arrive exactly once: N distinct idempotency keys on the
 * server, none twice, each with the tracking number the kiosk was told. Figures go to {@code target/fault-test.txt}.
 */
class SubmissionFaultIT {

    static final int SUBMISSIONS = 60;
    static final int KILL_AFTER_ACKNOWLEDGED = 20;
    private static final String ITEM = "11350203MB0000001A4442115002000";
    private static final String CREDENTIAL = "demo-credential-change-me";
    private static final Path OUT = Path.of("target", "fault");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everySubmissionArrivesExactlyOnceAcrossAKill9OfTheServer() throws Exception {
        Instant started = Instant.now();
        Path adminData = Files.createDirectories(OUT.resolve("data-" + started.toEpochMilli()));
        Path jar = Path.of(System.getProperty("slice.admin.jar"));
        List<String> args = List.of("--admin.data-dir=" + adminData.resolve("admin"));
        AppProcess admin = AppProcess.start("fault-admin-1", jar, OUT, OUT.resolve("tmp"), args)
                .awaitReady(Duration.ofSeconds(120));
        int port = admin.port();
        Map<UUID, Integer> sent = new ConcurrentHashMap<>();
        Map<String, Integer> copies;
        Instant killedAt;
        Instant backAt;
        int pendingAtKill;
        try (KioskOutbox kiosk = KioskOutbox.start(adminData.resolve("kiosk"),
                ROOT.resolve("kiosk-ui/src/main/resources/db/migration"), admin.url("/"), CREDENTIAL,
                Duration.ofMillis(200), Duration.ofSeconds(2))) {
            Thread stream = Thread.ofPlatform().name("resident-stream").start(() -> {
                for (int i = 0; i < SUBMISSIONS; i++) {
                    sent.put(kiosk.submit(ITEM, Map.of("phone", "1380000" + String.format("%04d", i))), i);
                    sleep(60);
                }
            });
            await(() -> acknowledged(kiosk, sent) >= KILL_AFTER_ACKNOWLEDGED, Duration.ofSeconds(60));
            admin.kill();
            killedAt = Instant.now();
            pendingAtKill = kiosk.depth();
            admin = AppProcess.start("fault-admin-2", jar, OUT, OUT.resolve("tmp"), args, port)
                    .awaitReady(Duration.ofSeconds(120));
            backAt = Instant.now();
            stream.join();
            await(() -> kiosk.depth() == 0 && acknowledged(kiosk, sent) == SUBMISSIONS, Duration.ofSeconds(60));

            copies = copiesOnServer(adminData.resolve("admin/admin.db"));
            Map<String, String> tracking = trackingOnServer(adminData.resolve("admin/admin.db"));
            assertThat(copies).as("every key on the server").containsOnlyKeys(keys(sent));
            assertThat(copies.values()).as("none twice").containsOnly(1);
            sent.keySet().forEach(key -> assertThat(kiosk.trackingNumber(key)).as("the kiosk's answer for " + key)
                    .contains(tracking.get(key.toString())));
            assertThat(Set.copyOf(tracking.values())).hasSize(SUBMISSIONS);
        } finally {
            admin.close();
        }
        record(started, killedAt, backAt, pendingAtKill, copies, admin);
    }

    private static int acknowledged(KioskOutbox kiosk, Map<UUID, Integer> sent) {
        return (int) sent.keySet().stream().filter(key -> kiosk.trackingNumber(key).isPresent()).count();
    }

    private static Set<String> keys(Map<UUID, Integer> sent) {
        return sent.keySet().stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
    }

    private static Map<String, Integer> copiesOnServer(Path database) throws SQLException {
        Map<String, Integer> copies = new HashMap<>();
        query(database, "SELECT idempotency_key, COUNT(*) FROM submission GROUP BY idempotency_key",
                rs -> copies.put(rs.getString(1), rs.getInt(2)));
        return copies;
    }

    private static Map<String, String> trackingOnServer(Path database) throws SQLException {
        Map<String, String> tracking = new HashMap<>();
        query(database, "SELECT idempotency_key, tracking_number FROM submission",
                rs -> tracking.put(rs.getString(1), rs.getString(2)));
        return tracking;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Path database, String sql, Row row) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
                Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    private static void record(Instant started, Instant killedAt, Instant backAt, int pendingAtKill,
            Map<String, Integer> copies, AppProcess admin) throws Exception {
        Duration total = Duration.between(started, Instant.now());
        long replays = Files.readAllLines(admin.log(), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("replayed by terminal")).count();
        String line = String.format("%s fault test: %d submissions, admin server killed (kill -9) after %d"
                + " acknowledged with %d waiting in the kiosk outbox, down %.1f s until restarted; %d distinct on the"
                + " server, %d stored twice, %d answered as replays after the restart; total %.1f s%n",
                Instant.now(), SUBMISSIONS, KILL_AFTER_ACKNOWLEDGED, pendingAtKill,
                Duration.between(killedAt, backAt).toMillis() / 1000.0, copies.size(),
                copies.values().stream().filter(n -> n > 1).count(), replays,
                total.toMillis() / 1000.0);
        Files.writeString(Path.of("target", "fault-test.txt"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout);
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
