package cn.egovkiosk.kiosk.submission;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.TestDatabase;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox and its forwarder against a real HTTP peer and a real SQLite file. */
class OutboxForwarderTest {

    @TempDir
    Path dataDir;

    private FakeAdminServer server;
    private TestDatabase database;
    private OutboxForwarder forwarder;

    @BeforeEach
    void startServer() throws Exception {
        server = FakeAdminServer.start();
    }

    @AfterEach
    void stopAll() {
        if (forwarder != null) {
            forwarder.stop();
        }
        if (database != null) {
            database.close();
        }
        server.close();
    }

    @Test
    void retriesUntilAcknowledgedWithTheSameKeyAndDeletesTheRow() throws Exception {
        server.failNextSubmissions(2);
        Kiosk kiosk = kiosk(server.url());
        LinkedBlockingQueue<SubmissionAck> acks = new LinkedBlockingQueue<>();
        kiosk.forwarder().onAcknowledged(acks::add);

        AcceptedSubmission accepted = kiosk.intake().accept("ITEM-1", Residents.sample(), Map.of("phone", "138"));
        SubmissionAck ack = acks.poll(10, TimeUnit.SECONDS);

        assertThat(ack).isNotNull();
        assertThat(ack.idempotencyKey()).isEqualTo(accepted.idempotencyKey());
        assertThat(server.submissionKeys).hasSize(3).containsOnly(accepted.idempotencyKey().toString());
        assertThat(server.submissions).allSatisfy(sent -> {
            assertThat(sent.applicant().idNumber()).isEqualTo(Residents.ID_NUMBER);
            assertThat(sent.form()).containsEntry("phone", "138");
        });
        assertThat(kiosk.outbox().depth()).isZero();
        assertThat(kiosk.outbox().pending(accepted.idempotencyKey())).isFalse();
        assertThat(kiosk.outbox().trackingNumber(accepted.idempotencyKey())).contains(ack.trackingNumber());
    }

    @Test
    void nothingIsLostWhenTheServerIsDownAndTheForwarderRestarts() throws Exception {
        int port = server.port();
        server.close();
        Kiosk first = kiosk(URI.create("http://127.0.0.1:" + port));
        UUID one = first.intake().accept("ITEM-1", Residents.sample(), Map.of()).idempotencyKey();
        UUID two = first.intake().accept("ITEM-2", Residents.sample(), Map.of()).idempotencyKey();
        Thread.sleep(600);
        int failedAttempts = database.jdbc().queryForObject("SELECT SUM(attempts) FROM outbox", Integer.class);
        forwarder.stop();
        database.close();
        assertThat(failedAttempts).as("the forwarder kept trying while the server was down").isGreaterThan(2);

        server = FakeAdminServer.onPort(port);
        Kiosk second = kiosk(server.url());
        awaitDepthZero(second.outbox());

        assertThat(server.acks).containsOnlyKeys(one, two);
        assertThat(second.outbox().trackingNumber(one)).isPresent();
        assertThat(second.outbox().trackingNumber(two)).isPresent();
    }

    @Test
    void aRefusedSubmissionStaysInTheOutbox() throws Exception {
        server.submissionsDown(true);
        Kiosk kiosk = kiosk(server.url());
        UUID key = kiosk.intake().accept("ITEM-1", Residents.sample(), Map.of()).idempotencyKey();
        // a busy build machine may need longer than the backoff for the second attempt
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (server.submissionKeys.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(server.submissionKeys).hasSizeGreaterThan(1).containsOnly(key.toString());
        assertThat(kiosk.outbox().pending(key)).isTrue();
        assertThat(kiosk.outbox().trackingNumber(key)).isEmpty();
    }

    @Test
    void theStoredPayloadIsSealedNotPlain() {
        server.submissionsDown(true);
        Kiosk kiosk = kiosk(server.url());
        kiosk.intake().accept("ITEM-1", Residents.sample(), Map.of());

        List<byte[]> payloads = database.jdbc().queryForList("SELECT sealed_payload FROM outbox", byte[].class);
        assertThat(payloads).singleElement().satisfies(payload -> assertThat(
                new String(payload, StandardCharsets.UTF_8)).doesNotContain(Residents.ID_NUMBER, Residents.NAME,
                        "idNumber"));
    }

    @Test
    void aDamagedRowIsSetAsideAndDoesNotBlockTheOthers() throws Exception {
        Kiosk kiosk = kiosk(server.url());
        forwarder.stop();
        UUID damaged = kiosk.intake().accept("ITEM-1", Residents.sample(), Map.of()).idempotencyKey();
        UUID sound = kiosk.intake().accept("ITEM-2", Residents.sample(), Map.of()).idempotencyKey();
        database.jdbc().update("UPDATE outbox SET sealed_payload = ? WHERE idempotency_key = ?", new byte[40],
                damaged.toString());

        forwarder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (kiosk.outbox().pending(sound) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(kiosk.outbox().trackingNumber(sound)).isPresent();
        assertThat(kiosk.outbox().pending(damaged)).as("kept, never deleted").isTrue();
        assertThat(database.jdbc().queryForObject("SELECT last_error FROM outbox WHERE idempotency_key = ?",
                String.class, damaged.toString())).isEqualTo("payload cannot be opened");
    }

    private void awaitDepthZero(Outbox outbox) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (outbox.depth() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(outbox.depth()).isZero();
    }

    private Kiosk kiosk(URI url) {
        database = TestDatabase.in(dataDir);
        KioskProperties properties = TestDatabase.properties(dataDir, url);
        Outbox outbox = new Outbox(database.jdbc(), database.transactions(), properties);
        forwarder = new OutboxForwarder(outbox, new SubmissionClient(new TerminalHttp(properties)),
                Clock.systemUTC(), properties);
        forwarder.start();
        return new Kiosk(outbox, forwarder, new SubmissionIntake(outbox, forwarder, Clock.systemUTC()));
    }

    private record Kiosk(Outbox outbox, OutboxForwarder forwarder, SubmissionIntake intake) {
    }
}
