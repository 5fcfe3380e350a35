package cn.egovkiosk.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ApiErrorsTest extends AdminServerTestSupport {

    @Test
    void anUnknownApiPathIsAJsonNotFoundNotTheAdminPage() {
        HttpResponse<String> response = demoKiosk().get(TerminalApi.BASE + "/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aKioskAcceptingOnlyJsonStillGetsTheProblemNotA406() {
        HttpResponse<String> response = demoKiosk().post(TerminalApi.HEARTBEAT, "{\"outboxDepth\": ", "Accept",
                "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"detail\"");
    }

    @Test
    void aWrongMethodOrMediaTypeIsAProblemToo() throws Exception {
        HttpResponse<String> delete = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + TerminalApi.CATALOG)).DELETE()
                .header("Authorization", "Bearer " + DEMO_CREDENTIAL).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);

        HttpResponse<String> plainText = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + TerminalApi.HEARTBEAT))
                .header("Authorization", "Bearer " + DEMO_CREDENTIAL).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(plainText.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theAdminPagesAreStillServedOutsideTheApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/submissions")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = http.send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        // an admin page sends an anonymous visitor to the log-in page, which is HTML, not a JSON problem
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }
}
