package cn.egovkiosk.admin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fleet benchmark, run on demand: {@code -Dbenchmark.terminals=1000} (see the README). N registered terminals
 * (credentials stored hashed, as enrolled ones are) poll the catalog with {@code If-None-Match} (304) and send
 * heartbeats over loopback, with a bounded number of requests in flight, for {@code benchmark.seconds}.
 * Prints requests per second and the 99th percentile latency of each kind, and appends them to
 * {@code target/fleet-benchmark.txt}.
 */
class FleetBenchmarkTest extends AdminServerTestSupport {

    private static final int TERMINALS = Integer.getInteger("benchmark.terminals", 0);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 10);
    private static final int IN_FLIGHT = Integer.getInteger("benchmark.concurrency", 32);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void pollsAndHeartbeatsOfAFleet() throws Exception {
        Assumptions.assumeTrue(TERMINALS > 0, "run with -Dbenchmark.terminals=N");
        List<String> credentials = register(TERMINALS);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        String etag = http.send(get(TerminalApi.CATALOG, credentials.getFirst(), null),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
        String heartbeat = ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT);

        Measured polls = run(http, i -> get(TerminalApi.CATALOG, credentials.get(i % credentials.size()), etag), 304);
        Measured beats = run(http, i -> HttpRequest.newBuilder(uri(TerminalApi.HEARTBEAT))
                .header("Authorization", "Bearer " + credentials.get(i % credentials.size()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(heartbeat)).build(), 200);

        String figures = ("BENCHMARK %s terminals=%d concurrency=%d catalog-304: %.0f req/s p99 %.1f ms; "
                + "heartbeat: %.0f req/s p99 %.1f ms%n").formatted(Instant.now(), TERMINALS, IN_FLIGHT,
                        polls.perSecond(), polls.p99Millis(), beats.perSecond(), beats.p99Millis());
        System.out.print(figures);
        // appended, so runs at several fleet sizes end up side by side
        Files.writeString(Path.of("target", "fleet-benchmark.txt"), figures, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertThat(polls.errors()).isZero();
        assertThat(beats.errors()).isZero();
    }

    private interface RequestFor {
        HttpRequest request(int index);
    }

    private record Measured(double perSecond, double p99Millis, int errors) {
    }

    private Measured run(HttpClient http, RequestFor requests, int expected) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        LatencyRecorder latencies = new LatencyRecorder();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < IN_FLIGHT; w++) {
                workers.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        try {
                            int status = http.send(requests.request(next.getAndIncrement()),
                                    HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status != expected) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - sent);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measured(latencies.count() / seconds, latencies.percentile(0.99) / 1e6, errors.get());
    }

    private HttpRequest get(String path, String credential, String etag) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + credential);
        return (etag == null ? builder : builder.header("If-None-Match", etag)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Inserts the terminals directly: enrolling thousands one by one would measure enrollment instead. */
    private List<String> register(int count) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> credentials = new ArrayList<>();
        String run = Long.toHexString(System.nanoTime());
        transaction.executeWithoutResult(status -> insert(count, run, sha, credentials));
        return credentials;
    }

    private void insert(int count, String run, MessageDigest sha, List<String> credentials) {
        for (int i = 0; i < count; i++) {
            String credential = "bench-credential-" + run + "-" + i;
            credentials.add(credential);
            jdbc.sql("""
                    INSERT INTO terminal (id, site, address, latitude, longitude, group_code, created_at,
                        credential_hash, credential_issued_at) VALUES (?, '压测站点', '环回', 24.4, 118.1, 'SM-STORE',
                        '2026-01-01T00:00:00Z', ?, '2026-01-01T00:00:00Z')""")
                    .params("bench-" + run + "-" + i,
                            HexFormat.of().formatHex(sha.digest(credential.getBytes(StandardCharsets.UTF_8))))
                    .update();
        }
    }
}
