package cn.egovkiosk.admin.connector;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A department's system over real HTTP (JDK HttpServer): it checks each webhook's signature, answers 503 while told
 * to fail, otherwise 202, and then reports back through the admin server's signed status callback: accepted, then the
 * decision the test chose for the application.
 */
final class DepartmentSimulator implements AutoCloseable {

    private final HttpServer server;
    private final String code;
    private final String secret;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    final List<OutgoingApplication> taken = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger badSignatures = new AtomicInteger();
    private volatile URI admin;
    private volatile Function<OutgoingApplication, SubmissionStatus> decision = application -> SubmissionStatus.APPROVED;

    private DepartmentSimulator(String code, String secret, int port) throws IOException {
        this.code = code;
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/applications", this::receive);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    static DepartmentSimulator start(String code, String secret) throws IOException {
        return new DepartmentSimulator(code, secret, 0);
    }

    /** On a given port: a department whose system comes back where it was before. */
    static DepartmentSimulator start(String code, String secret, int port) throws IOException {
        return new DepartmentSimulator(code, secret, port);
    }

    /** How often the department took this application (answered 202). */
    long timesTaken(String trackingNumber) {
        return taken.stream().filter(application -> application.trackingNumber().equals(trackingNumber)).count();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/applications");
    }

    /** Where callbacks go: the admin server's base URL. */
    void reportTo(URI adminBase) {
        this.admin = adminBase;
    }

    void failNext(int times) {
        failuresLeft.set(times);
    }

    void decide(Function<OutgoingApplication, SubmissionStatus> rule) {
        this.decision = rule;
    }

    private void receive(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP);
        boolean signed = timestamp != null && WebhookSignature.verify(secret, Long.parseLong(timestamp), body,
                exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE));
        int status = !signed ? 401 : failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 202;
        if (!signed) {
            badSignatures.incrementAndGet();
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
        if (status == 202) {
            OutgoingApplication application = ProtocolJson.mapper().readValue(body, OutgoingApplication.class);
            taken.add(application);
            if (admin == null) {
                return; // not told where to report: the department only takes the application
            }
            Thread.ofVirtual().start(() -> {
                callback(application.trackingNumber(), SubmissionStatus.ACCEPTED, "");
                SubmissionStatus decided = decision.apply(application);
                callback(application.trackingNumber(), decided,
                        decided == SubmissionStatus.MORE_NEEDED ? "请补充户口簿复印件" : "");
            });
        }
    }

    /** Sends one signed status callback with a fresh id; the admin server's answer. */
    HttpResponse<String> callback(String tracking, SubmissionStatus status, String note) {
        String json = "{\"callbackId\":\"" + UUID.randomUUID() + "\",\"trackingNumber\":\"" + tracking
                + "\",\"status\":\"" + status + "\",\"note\":\"" + note + "\"}";
        return send(json, Instant.now().getEpochSecond(), secret);
    }

    /** Sends a callback body as given, signed with {@code key} at {@code timestamp}. */
    HttpResponse<String> send(String json, long timestamp, String key) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(admin.resolve(StatusCallbackController.PATH))
                .header("Content-Type", "application/json").header(WebhookSignature.DEPARTMENT, code)
                .header(WebhookSignature.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(key, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
