package cn.egovkiosk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.admin.support.TestPostgres;
import cn.egovkiosk.admin.terminal.NewTerminal;
import cn.egovkiosk.admin.terminal.TerminalRegistry;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: a terminal may reach either, and
 * must get the same answers from both.
 */
@ExtendWith(TestPostgres.Availability.class)
class TwoInstancesOnPostgresTest {

    private static final String SUBMISSION = ProtocolFixtures.text(ProtocolFixtures.SUBMISSION);
    private static final String FIXTURE_KEY = "3f2b8c1e-7a4d-4e59-9b1a-2c6d8e0f1a2b";
    private static final Duration RECHECK = Duration.ofMillis(300);
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBoth() {
        String schema = TestPostgres.newSchema();
        first = start(schema);
        second = start(schema);
    }

    @AfterAll
    static void stopBoth() {
        for (ConfigurableApplicationContext server : new ConfigurableApplicationContext[] {first, second}) {
            if (server != null) {
                server.close();
            }
        }
    }

    static ConfigurableApplicationContext start(String schema) {
        List<String> arguments = new ArrayList<>(TestPostgres.arguments(schema));
        arguments.addAll(List.of("--server.port=0", "--admin.data-dir=" + AdminServerTestSupport.newDataDir(),
                "--vaadin.productionMode=true", "--admin.catalog.refresh-interval=200ms",
                "--admin.terminal-api.credential-recheck=" + RECHECK.toMillis() + "ms"));
        return SpringApplication.run(AdminServerApplication.class, arguments.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    static TerminalClient kiosk(ConfigurableApplicationContext server) {
        return TerminalClient.bearer(port(server), AdminServerTestSupport.DEMO_CREDENTIAL);
    }

    @Test
    void aVersionPublishedOnOneInstanceIsServedByTheOtherSoon() throws InterruptedException {
        String before = kiosk(second).get(TerminalApi.CATALOG).headers().firstValue("ETag").orElseThrow();
        assertThat(kiosk(first).get(TerminalApi.CATALOG).headers().firstValue("ETag")).hasValue(before);

        first.getBean(JdbcClient.class).sql("UPDATE catalog_item SET name = name || '（两实例）' WHERE display_order = 20")
                .update();
        CatalogSnapshot published = first.getBean(PublishedCatalog.class).publishCurrentItems();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        HttpResponse<String> served;
        do {
            Thread.sleep(100);
            served = kiosk(second).get(TerminalApi.CATALOG, "If-None-Match", before);
        } while (served.statusCode() == 304 && Instant.now().isBefore(deadline));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(TerminalClient.read(served, CatalogSnapshot.class)).isEqualTo(published);
        HeartbeatAck ack = TerminalClient.read(kiosk(second).post(TerminalApi.HEARTBEAT,
                ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT)), HeartbeatAck.class);
        assertThat(ack.catalogContentHash()).isEqualTo(published.contentHash());
    }

    @Test
    void aSubmissionTakenByOneInstanceIsAReplayOnTheOther() {
        HttpResponse<String> taken = kiosk(first).post(TerminalApi.SUBMISSIONS, SUBMISSION,
                TerminalApi.IDEMPOTENCY_KEY, FIXTURE_KEY);
        HttpResponse<String> replayed = kiosk(second).post(TerminalApi.SUBMISSIONS, SUBMISSION,
                TerminalApi.IDEMPOTENCY_KEY, FIXTURE_KEY);

        assertThat(taken.statusCode()).isEqualTo(201);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(TerminalClient.read(replayed, SubmissionAck.class))
                .isEqualTo(TerminalClient.read(taken, SubmissionAck.class));
    }

    @Test
    void theSameSubmissionSentToBothAtOnceIsStoredOnce() {
        String key = UUID.randomUUID().toString();
        String body = SUBMISSION.replace(FIXTURE_KEY, key);
        List<CompletableFuture<HttpResponse<String>>> sent = List.of(first, second, first, second).stream()
                .map(server -> CompletableFuture.supplyAsync(() -> kiosk(server).post(TerminalApi.SUBMISSIONS, body,
                        TerminalApi.IDEMPOTENCY_KEY, key)))
                .toList();
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers).extracting(answer -> TerminalClient.read(answer, SubmissionAck.class).trackingNumber())
                .containsOnly(TerminalClient.read(answers.getFirst(), SubmissionAck.class).trackingNumber());
        assertThat(first.getBean(JdbcClient.class).sql("SELECT count(*) FROM submission WHERE idempotency_key = ?")
                .param(key).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTerminalEnrolledOnOneInstanceIsKnownToTheOtherAndARevocationCountsOnBothWithinTheRecheck() {
        TerminalRegistry registry = first.getBean(TerminalRegistry.class);
        registry.create(new NewTerminal("sm-two-instances", "鹭江街道社区服务站", "厦门市思明区鹭江道 8 号", 24.4531,
                118.0781, "SM-COMMUNITY"));
        String code = registry.issueEnrollmentCode("sm-two-instances").code();
        HttpResponse<String> enrolled = kiosk(second).post(TerminalApi.ENROLL,
                "{\"enrollmentCode\":\"" + code + "\"}");
        String credential = TerminalClient.read(enrolled, TerminalCredentialGrant.class).credential();
        TerminalClient onFirst = TerminalClient.bearer(port(first), credential);
        TerminalClient onSecond = TerminalClient.bearer(port(second), credential);
        assertThat(onFirst.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);
        assertThat(onSecond.get(TerminalApi.CATALOG).statusCode()).isEqualTo(200);

        registry.revoke("sm-two-instances");
        long revokedAt = System.nanoTime();

        // at once on the instance that revoked; on the other within its credential recheck interval
        assertThat(onFirst.get(TerminalApi.CATALOG).statusCode()).isEqualTo(401);
        int onSecondStatus;
        do {
            onSecondStatus = onSecond.get(TerminalApi.CATALOG).statusCode();
        } while (onSecondStatus == 200 && System.nanoTime() - revokedAt < RECHECK.multipliedBy(5).toNanos());
        assertThat(onSecondStatus).isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(RECHECK.plusMillis(500));
    }

    @Test
    void aHeartbeatToOneInstanceIsSeenByTheOtherWithinTheFlushInterval() throws InterruptedException {
        kiosk(second).post(TerminalApi.HEARTBEAT, ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT));
        long sentAt = System.nanoTime();

        // heartbeats are written behind, within admin.terminal-api.heartbeat-flush-interval (250ms)
        Integer depth;
        do {
            Thread.sleep(20);
            depth = first.getBean(JdbcClient.class)
                    .sql("SELECT outbox_depth FROM terminal_status WHERE terminal_id = ?").param(AdminServerTestSupport.DEMO_ID).query(Integer.class).optional().orElse(null);
        } while (depth == null && System.nanoTime() - sentAt < Duration.ofSeconds(3).toNanos());
        assertThat(depth).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - sentAt)).isLessThan(Duration.ofSeconds(1));
    }
}
