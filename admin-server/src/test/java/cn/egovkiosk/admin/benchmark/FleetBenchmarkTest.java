package cn.egovkiosk.admin.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fleet benchmark, run on demand: {@code -Dbenchmark.terminals=1000,10000} (see the README); without it the test
 * is skipped, so the normal build does not pay for it. N registered terminals (credentials stored hashed, as
 * enrolled ones are) poll the catalog with {@code If-None-Match} (304), then send heartbeats, over loopback through
 * the real server. The load is closed-loop and bounded: {@code benchmark.concurrency} connections, each sending its
 * next request when the answer to the last one is in, each request as the next terminal in turn. After
 * {@code benchmark.warmup} seconds and at least 30,000 calls unmeasured (JIT, caches), each kind runs
 * {@code benchmark.seconds}. The generator runs in the server's JVM and shares its cores. Prints requests per
 * second, the 99th percentile latency and the JVM's CPU time per request of each kind per fleet size, and appends
 * them to {@code target/fleet-benchmark.txt}.
 */
class FleetBenchmarkTest extends AdminServerTestSupport {

    private static final int[] FLEETS = Arrays.stream(System.getProperty("benchmark.terminals", "0").split(","))
            .map(String::strip).mapToInt(Integer::parseInt).toArray();
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 10);
    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 3);
    private static final int IN_FLIGHT = Integer.getInteger("benchmark.concurrency", 32);
    private static final int WARMUP_CALLS = 30_000;
    private static final Duration WARMUP_LIMIT = Duration.ofSeconds(120);
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void pollsAndHeartbeatsOfAFleet() throws Exception {
        Assumptions.assumeTrue(FLEETS[0] > 0, "run with -Dbenchmark.terminals=N[,M...]");
        List<String> credentials = register(Arrays.stream(FLEETS).max().orElseThrow());
        String etag = etag(credentials.getFirst());
        String heartbeat = ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT);
        for (int terminals : FLEETS) {
            byte[][] polls = requests(terminals, i -> LoopbackConnection.request("GET", TerminalApi.CATALOG, port,
                    credentials.get(i), "If-None-Match: " + etag, null));
            byte[][] beats = requests(terminals, i -> LoopbackConnection.request("POST", TerminalApi.HEARTBEAT, port,
                    credentials.get(i), null, heartbeat));
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            // warm-up: every terminal once at least (its credential verified), and enough calls for the JIT
            run(polls, 304, WARMUP, Math.max(terminals, WARMUP_CALLS));
            Measured polled = run(polls, 304, SECONDS, 0);
            run(beats, 200, WARMUP, Math.max(terminals, WARMUP_CALLS));
            Measured beaten = run(beats, 200, SECONDS, 0);
            String figures = ("BENCHMARK %s database=%s terminals=%d concurrency=%d cores=%d load=%.1f catalog-304: "
                    + "%.0f req/s p99 %.1f ms cpu %.0f us/req; heartbeat: %.0f req/s p99 %.1f ms cpu %.0f us/req%n")
                    .formatted(Instant.now(), database(), terminals, IN_FLIGHT,
                            Runtime.getRuntime().availableProcessors(), loadBefore, polled.perSecond(),
                            polled.p99Millis(), polled.cpuMicrosPerRequest(), beaten.perSecond(), beaten.p99Millis(),
                            beaten.cpuMicrosPerRequest());
            System.out.print(figures);
            // appended, so runs at several fleet sizes end up side by side
            Files.writeString(Path.of("target", "fleet-benchmark.txt"), figures, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            assertThat(polled.errors()).isZero();
            assertThat(beaten.errors()).isZero();
        }
    }

    /** The database the figures are for, named in each line of the results. */
    String database() {
        return "sqlite";
    }

    /**
     * @param cpuMicrosPerRequest CPU time of this JVM (server and generator together) per request: unlike the rate,
     *                            it hardly depends on what else the machine runs
     */
    private record Measured(double perSecond, double p99Millis, double cpuMicrosPerRequest, int errors) {
    }

    /**
     * {@code IN_FLIGHT} connections, each sending the next terminal's request as soon as it has its answer, for the
     * given time and at least {@code minimum} requests (within {@code WARMUP_LIMIT}).
     */
    private Measured run(byte[][] requests, int expected, int seconds, int minimum) throws InterruptedException {
        long cpuStart = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        long limit = start + WARMUP_LIMIT.toNanos();
        LatencyRecorder latencies = new LatencyRecorder();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < IN_FLIGHT; w++) {
            workers.add(Thread.ofPlatform().name("fleet-" + w).start(() -> {
                try (LoopbackConnection connection = new LoopbackConnection(port)) {
                    for (long now = System.nanoTime(); now < end || next.get() < minimum && now < limit;
                            now = System.nanoTime()) {
                        byte[] request = requests[Math.floorMod(next.getAndIncrement(), requests.length)];
                        long sent = System.nanoTime();
                        if (connection.exchange(request) != expected) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - sent);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMicros = (PROCESS.getProcessCpuTime() - cpuStart) / 1e3;
        return new Measured(latencies.count() / elapsed, latencies.percentile(0.99) / 1e6,
                cpuMicros / Math.max(1, latencies.count()), errors.get());
    }

    private static byte[][] requests(int terminals, IntFunction<byte[]> request) {
        byte[][] requests = new byte[terminals][];
        for (int i = 0; i < terminals; i++) {
            requests[i] = request.apply(i);
        }
        return requests;
    }

    private String etag(String credential) throws Exception {
        try (var connection = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            connection.getOutputStream().write(LoopbackConnection.request("GET", TerminalApi.CATALOG, port,
                    credential, "Connection: close", null));
            String head = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return head.lines().filter(line -> line.regionMatches(true, 0, "ETag:", 0, 5)).findFirst()
                    .orElseThrow().substring(5).strip();
        }
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
