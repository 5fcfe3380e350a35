package cn.egovkiosk.admin.application;

import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Management API calls as a demo user (password {@code <name>-change-me}), and applications sent as a terminal. */
public final class AdminApiCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FIXTURE_KEY = "3f2b8c1e-7a4d-4e59-9b1a-2c6d8e0f1a2b";
    private static final String FIXTURE_ITEM = "11350203MB0000001A4442115002000";

    private final int port;

    public AdminApiCalls(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends the protocol's submission fixture (item of HRSS, applicant 张三) under a new key; the tracking number. */
    public static String submitFixture(TerminalClient kiosk) {
        return submitFixture(kiosk, FIXTURE_ITEM);
    }

    /** The same for another item of the catalog. */
    public static String submitFixture(TerminalClient kiosk, String itemCode) {
        String key = UUID.randomUUID().toString();
        String body = ProtocolFixtures.text(ProtocolFixtures.SUBMISSION).replace(FIXTURE_KEY, key)
                .replace(FIXTURE_ITEM, itemCode);
        return TerminalClient.read(kiosk.post(TerminalApi.SUBMISSIONS, body, TerminalApi.IDEMPOTENCY_KEY, key),
                SubmissionAck.class).trackingNumber();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(String user, HttpRequest.Builder request) {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + user + "-change-me").getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
