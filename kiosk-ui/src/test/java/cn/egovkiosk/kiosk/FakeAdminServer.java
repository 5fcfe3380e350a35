package cn.egovkiosk.kiosk;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.submission.Submission;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import cn.egovkiosk.protocol.progress.ProgressQuery;
import cn.egovkiosk.protocol.submission.TrackingNumber;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP peer playing the admin server's terminal API from the protocol fixtures: ETag/304 for the catalog,
 * idempotent submissions (a replay gets the first answer), heartbeats. It counts and keeps what it received, and can
 * be told to fail the next submissions.
 */
public final class FakeAdminServer implements AutoCloseable {

    public static final String CREDENTIAL = "test-credential";

    private final HttpServer server;
    private final AtomicInteger trackingCounter = new AtomicInteger();
    private final AtomicInteger failNextSubmissions = new AtomicInteger();
    private volatile boolean submissionsDown;
    private volatile boolean catalogDown;
    private volatile String catalogJson = ProtocolFixtures.text(ProtocolFixtures.CATALOG_SNAPSHOT);
    /** Every submission request's Idempotency-Key header, in arrival order. */
    public final List<String> submissionKeys = new CopyOnWriteArrayList<>();
    /** The body of every submission request. */
    public final List<Submission> submissions = new CopyOnWriteArrayList<>();
    public final Map<UUID, SubmissionAck> acks = new ConcurrentHashMap<>();
    /** Submissions with these idempotency keys get a 503 while the others go through. */
    public final Set<UUID> refusedSubmissions = ConcurrentHashMap.newKeySet();
    public final List<String> catalogIfNoneMatch = new CopyOnWriteArrayList<>();
    public final AtomicInteger catalogRequests = new AtomicInteger();
    public final List<Heartbeat> heartbeats = new CopyOnWriteArrayList<>();
    /** The Authorization header of every heartbeat, in arrival order. */
    public final List<String> heartbeatAuthorizations = new CopyOnWriteArrayList<>();
    /** One-time enrollment codes and the credentials granted for them. */
    public final FakeEnrollmentOffice enrollment = new FakeEnrollmentOffice();
    private volatile boolean catalogUnreadable;
    /** Decisions, certificates and progress answers. */
    public final FakeCaseOffice cases;
    /** Every progress query, in arrival order. */
    public final List<ProgressQuery> progressQueries = new CopyOnWriteArrayList<>();
    private volatile boolean progressDown;
    private volatile boolean signingKeysDown;

    private FakeAdminServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext(TerminalApi.CATALOG, this::catalog);
        server.createContext(TerminalApi.SUBMISSIONS, this::submission);
        server.createContext(TerminalApi.HEARTBEAT, this::heartbeat);
        server.createContext(TerminalApi.ENROLL, enrollment::enroll);
        server.createContext(TerminalApi.SIGNING_KEYS, this::signingKeys);
        server.createContext(TerminalApi.PROGRESS, this::progress);
        cases = new FakeCaseOffice(url());
        server.start();
    }

    public static FakeAdminServer start() throws IOException {
        return new FakeAdminServer(0);
    }

    /** For static fields of test classes. */
    public static FakeAdminServer startUnchecked() {
        try {
            return start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on a given port, e.g. the port of one that was stopped (the admin server coming back). */
    public static FakeAdminServer onPort(int port) throws IOException {
        return new FakeAdminServer(port);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next {@code count} submissions get a 503, as from an overloaded server. */
    public void failNextSubmissions(int count) {
        failNextSubmissions.set(count);
    }

    /** While down, every submission gets a 503. */
    public void submissionsDown(boolean down) {
        submissionsDown = down;
    }

    /** While down, catalog requests get a 503, as from a server that is not serving. */
    public void catalogDown(boolean down) {
        catalogDown = down;
    }

    /** While down, progress queries get a 503. */
    public void progressDown(boolean down) {
        progressDown = down;
    }

    /** While down, the signing keys get a 503. */
    public void signingKeysDown(boolean down) {
        signingKeysDown = down;
    }

    /** While set, the catalog answer is a 200 whose body no kiosk can read (a damaged publication). */
    public void catalogUnreadable(boolean unreadable) {
        catalogUnreadable = unreadable;
    }

    public void publishCatalog(CatalogSnapshot snapshot) {
        catalogJson = ProtocolJson.mapper().writeValueAsString(snapshot);
    }

    public CatalogSnapshot catalog() {
        return ProtocolJson.mapper().readValue(catalogJson, CatalogSnapshot.class);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean enrolled = authorization != null && enrollment.granted(authorization.replaceFirst("^Bearer ", ""));
        if (!("Bearer " + CREDENTIAL).equals(authorization) && !enrolled) {
            respond(exchange, 401, "");
            return false;
        }
        return true;
    }

    private void catalog(HttpExchange exchange) throws IOException {
        catalogRequests.incrementAndGet();
        if (!authorized(exchange)) {
            return;
        }
        if (catalogDown) {
            respond(exchange, 503, "{\"error\":\"unavailable\"}");
            return;
        }
        if (catalogUnreadable) {
            exchange.getResponseHeaders().add("ETag", "\"damaged-version\"");
            respond(exchange, 200, "{\"version\": \"not a catalog\"");
            return;
        }
        String etag = "\"" + catalog().contentHash() + "\"";
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        catalogIfNoneMatch.add(ifNoneMatch == null ? "" : ifNoneMatch);
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        respond(exchange, 200, catalogJson);
    }

    private void submission(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        String key = exchange.getRequestHeaders().getFirst(TerminalApi.IDEMPOTENCY_KEY);
        submissionKeys.add(key);
        Submission submission = ProtocolJson.mapper().readValue(exchange.getRequestBody(), Submission.class);
        submissions.add(submission);
        if (submissionsDown || refusedSubmissions.contains(UUID.fromString(key))
                || failNextSubmissions.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            respond(exchange, 503, "{\"error\":\"unavailable\"}");
            return;
        }
        SubmissionAck ack = acks.computeIfAbsent(UUID.fromString(key), id -> cases.acknowledge(id,
                TrackingNumber.of(LocalDate.of(2026, 11, 28), trackingCounter.incrementAndGet()), submission,
                catalog()));
        respond(exchange, 201, ProtocolJson.mapper().writeValueAsString(ack));
    }

    private void heartbeat(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        heartbeatAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        heartbeats.add(ProtocolJson.mapper().readValue(exchange.getRequestBody(), Heartbeat.class));
        respond(exchange, 200, ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT_ACK));
    }

    private void signingKeys(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        if (signingKeysDown) {
            respond(exchange, 503, "{\"error\":\"unavailable\"}");
            return;
        }
        respond(exchange, 200, ProtocolJson.mapper().writeValueAsString(cases.signingKeys()));
    }

    private void progress(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        ProgressQuery query = ProtocolJson.mapper().readValue(exchange.getRequestBody(), ProgressQuery.class);
        progressQueries.add(query);
        if (progressDown) {
            respond(exchange, 503, "{\"error\":\"unavailable\"}");
            return;
        }
        var answer = cases.progress(query);
        if (answer.isPresent()) {
            respond(exchange, 200, ProtocolJson.mapper().writeValueAsString(answer.get()));
        } else {
            respond(exchange, 404, "{\"error\":\"not found\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
