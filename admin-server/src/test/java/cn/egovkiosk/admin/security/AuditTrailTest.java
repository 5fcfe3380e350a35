package cn.egovkiosk.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writes through the management API leave who, what, when, before and after in the audit log, and no secrets. */
class AuditTrailTest extends AdminServerTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> call(String user, String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + AdminApiAccess.BASE + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user + "-change-me").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void terminalWritesAreAuditedWithTheirActorAndWithoutTheEnrollmentCode() {
        String id = "sm-audit-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call("technician", "POST", "/terminals", "{\"id\":\"" + id + "\",\"site\":\"厦港街道社区服务站\","
                + "\"address\":\"厦门市思明区大学路 9 号\",\"latitude\":24.44,\"longitude\":118.09,"
                + "\"groupCode\":\"SM-COMMUNITY\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> code = call("technician", "POST", "/terminals/" + id + "/enrollment-codes", "");
        assertThat(code.statusCode()).isEqualTo(201);
        String enrollmentCode = code.body().replaceAll(".*\"code\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(call("admin", "POST", "/terminals/" + id + "/revoke", "").statusCode()).isEqualTo(204);

        HttpResponse<String> audit = call("auditor", "GET", "/audit?limit=200", null);

        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("\"actor\":\"technician\"", "\"action\":\"terminal.create\"",
                "\"action\":\"terminal.enrollment-code\"", "\"actor\":\"admin\"", "\"action\":\"terminal.revoke\"",
                "TERMINAL " + id).doesNotContain(enrollmentCode);
    }

    @Test
    void aPublicationByTheEditorIsAudited() {
        HttpResponse<String> published = call("editor", "POST", "/catalog/releases",
                "{\"kind\":\"TERMINAL\",\"value\":\"" + SILENT_ID + "\"}");
        assertThat(published.statusCode()).isEqualTo(201);

        assertThat(call("admin", "GET", "/audit", null).body()).contains("\"actor\":\"editor\"",
                "\"action\":\"catalog.publish\"", "TERMINAL " + SILENT_ID);
    }
}
