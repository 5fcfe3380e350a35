package cn.egovkiosk.kiosk.support;

import cn.egovkiosk.protocol.ProtocolJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The kiosk's HTTP access to the terminal API: base URL, bearer credential, timeouts and JSON bodies in one place. The
 * terminal always calls out; the server never connects to a kiosk.
 */
@Component
public class TerminalHttp {

    private final KioskProperties.Server server;
    private final Supplier<String> credential;
    // made on first use, on a background thread after start-up: building it loads the JDK's TLS trust store
    private volatile HttpClient client;

    /** With the configured credential only (tests). */
    public TerminalHttp(KioskProperties properties) {
        this(properties, properties.server()::credential);
    }

    /** With the credential received at enrollment, once there is one. */
    @Autowired
    public TerminalHttp(KioskProperties properties, TerminalCredentials credentials) {
        this(properties, credentials::current);
    }

    private TerminalHttp(KioskProperties properties, Supplier<String> credential) {
        this.credential = credential;
        this.server = properties.server();
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder().connectTimeout(server.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    client = made;
                }
            }
        }
        return made;
    }

    /** GET with extra headers; the body stays raw so callers can handle 304 and errors themselves. */
    public HttpResponse<byte[]> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, headers).GET();
        return client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST of a record as protocol JSON. */
    public HttpResponse<byte[]> post(String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        byte[] json = ProtocolJson.mapper().writeValueAsBytes(body);
        HttpRequest.Builder request = request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        return client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST without a credential: enrollment, where the kiosk has none yet. */
    public HttpResponse<byte[]> postAnonymously(String path, Object body) throws IOException, InterruptedException {
        byte[] json = ProtocolJson.mapper().writeValueAsBytes(body);
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve(path)).timeout(server.requestTimeout())
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        return client().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Reads a response body as a protocol record. */
    public static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        return ProtocolJson.mapper().readValue(response.body(), type);
    }

    /** The server's base URL, for log lines. */
    public URI baseUrl() {
        return server.url();
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(path))
                .timeout(server.requestTimeout())
                .header("Authorization", "Bearer " + credential.get())
                .header("Accept", "application/json");
        headers.forEach(request::header);
        return request;
    }
}
