package cn.egovkiosk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Stops the server and starts it again on the same data folder, as an update or a power cut would. */
class AdminServerRestartTest {

    private static final String FIXTURE_KEY = "3f2b8c1e-7a4d-4e59-9b1a-2c6d8e0f1a2b";

    private static ConfigurableApplicationContext start(Path dataDir) {
        return SpringApplication.run(AdminServerApplication.class, "--server.port=0", "--admin.data-dir=" + dataDir,
                "--vaadin.productionMode=true");
    }

    private static TerminalClient demoKiosk(ConfigurableApplicationContext server) {
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        return TerminalClient.bearer(port, AdminServerTestSupport.DEMO_CREDENTIAL);
    }

    @Test
    void afterARestartTheCatalogVersionAndEveryAcknowledgedSubmissionAreStillThere() {
        Path dataDir = AdminServerTestSupport.newDataDir();
        String submission = ProtocolFixtures.text(ProtocolFixtures.SUBMISSION);
        CatalogSnapshot catalogBefore;
        SubmissionAck acknowledged;
        try (ConfigurableApplicationContext server = start(dataDir)) {
            catalogBefore = TerminalClient.read(demoKiosk(server).get(TerminalApi.CATALOG), CatalogSnapshot.class);
            acknowledged = TerminalClient.read(demoKiosk(server).post(TerminalApi.SUBMISSIONS, submission,
                    TerminalApi.IDEMPOTENCY_KEY, FIXTURE_KEY), SubmissionAck.class);
        }

        try (ConfigurableApplicationContext server = start(dataDir)) {
            TerminalClient kiosk = demoKiosk(server);
            assertThat(TerminalClient.read(kiosk.get(TerminalApi.CATALOG), CatalogSnapshot.class))
                    .isEqualTo(catalogBefore);
            HttpResponse<String> replay = kiosk.post(TerminalApi.SUBMISSIONS, submission,
                    TerminalApi.IDEMPOTENCY_KEY, FIXTURE_KEY);
            assertThat(replay.statusCode()).isEqualTo(200);
            assertThat(TerminalClient.read(replay, SubmissionAck.class)).isEqualTo(acknowledged);

            UUID next = UUID.randomUUID();
            SubmissionAck after = TerminalClient.read(kiosk.post(TerminalApi.SUBMISSIONS,
                    submission.replace(FIXTURE_KEY, next.toString()), TerminalApi.IDEMPOTENCY_KEY, next.toString()),
                    SubmissionAck.class);
            assertThat(after.trackingNumber()).isNotEqualTo(acknowledged.trackingNumber());
            String day = acknowledged.trackingNumber().substring(0, 10);
            if (after.trackingNumber().startsWith(day)) { // the day's sequence goes on, unless midnight passed
                assertThat(sequenceOf(after)).isEqualTo(sequenceOf(acknowledged) + 1);
            }
        }
    }

    private static int sequenceOf(SubmissionAck ack) {
        return Integer.parseInt(ack.trackingNumber().substring(10, 16));
    }
}
