package cn.egovkiosk.kiosk;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.enrollment.EnrollmentRequest;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The admin server's enrollment as the real one behaves: one-time codes (case, spaces and dashes do not matter), 403
 * for an unknown or used code, 400 for an empty one, and a fresh credential per enrollment that is accepted from then
 * on.
 */
public final class FakeEnrollmentOffice {

    private final Set<String> openCodes = ConcurrentHashMap.newKeySet();
    private final Set<String> credentials = ConcurrentHashMap.newKeySet();
    private final AtomicInteger terminals = new AtomicInteger();

    /** A new one-time code, as an administrator would issue it. */
    public String issueCode() {
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        openCodes.add(normalise(code));
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** True for a credential this office granted. */
    public boolean granted(String credential) {
        return credential != null && credentials.contains(credential);
    }

    void enroll(HttpExchange exchange) throws IOException {
        if (exchange.getRequestHeaders().containsKey("Authorization")) {
            respond(exchange, 400, "{\"error\":\"enrollment carries no credential\"}");
            return;
        }
        EnrollmentRequest request = ProtocolJson.mapper().readValue(exchange.getRequestBody(),
                EnrollmentRequest.class);
        if (request.enrollmentCode() == null || request.enrollmentCode().isBlank()) {
            respond(exchange, 400, "{\"error\":\"enrollmentCode is required.\"}");
            return;
        }
        if (!openCodes.remove(normalise(request.enrollmentCode()))) {
            respond(exchange, 403, "{\"error\":\"The enrollment code is unknown, expired or already used.\"}");
            return;
        }
        String credential = "enrolled-" + UUID.randomUUID();
        credentials.add(credential);
        TerminalCredentialGrant grant = new TerminalCredentialGrant("T-%04d".formatted(terminals.incrementAndGet()),
                credential);
        respond(exchange, 200, ProtocolJson.mapper().writeValueAsString(grant));
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
