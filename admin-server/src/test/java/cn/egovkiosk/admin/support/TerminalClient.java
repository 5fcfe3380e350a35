package cn.egovkiosk.admin.support;

import cn.egovkiosk.protocol.ProtocolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Calls the terminal API over real HTTP the way a kiosk does, with a bearer credential. */
public final class TerminalClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String authorization;

    private TerminalClient(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    /** A client presenting {@code Authorization: Bearer <credential>}. */
    public static TerminalClient bearer(int port, String credential) {
        return new TerminalClient(port, "Bearer " + credential);
    }

    /** A client sending this Authorization header value, or none when null. */
    public static TerminalClient withAuthorization(int port, String authorization) {
        return new TerminalClient(port, authorization);
    }

    /** GET with extra headers as name, value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** POST of a JSON body with extra headers as name, value pairs. */
    public HttpResponse<String> post(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The body read as a protocol record. */
    public static <T> T read(HttpResponse<String> response, Class<T> type) {
        return ProtocolJson.mapper().readValue(response.body(), type);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (authorization != null) {
            all.addAll(List.of("Authorization", authorization));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        return all.isEmpty() ? builder : builder.headers(all.toArray(String[]::new));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
