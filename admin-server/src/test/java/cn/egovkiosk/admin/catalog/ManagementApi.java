package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.security.AdminApiAccess;
import cn.egovkiosk.protocol.ProtocolJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.core.type.TypeReference;

/** Calls of the management API under {@code /api/admin/v1} as a demo user (password {@code <name>-change-me}). */
public final class ManagementApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String user;

    public ManagementApi(int port, String user) {
        this.port = port;
        this.user = user;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, Object body) {
        return send("POST", path, body);
    }

    public HttpResponse<String> put(String path, Object body) {
        return send("PUT", path, body);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    /** The body of a 2xx answer as the type. */
    public static <T> T read(HttpResponse<String> response, TypeReference<T> type) {
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return ProtocolJson.mapper().readValue(response.body(), type);
    }

    /** @param body a JSON string as it is, anything else as JSON of the protocol's mapping */
    private HttpResponse<String> send(String method, String path, Object body) {
        String json = body == null ? null : body instanceof String text ? text
                : ProtocolJson.mapper().writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + AdminApiAccess.BASE + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user + "-change-me").getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
