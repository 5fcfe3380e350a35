package cn.egovkiosk.admin.connector;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.AdminServerApplication;
import cn.egovkiosk.admin.application.AdminApiCalls;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The delivery queue is in the database: what was owed to a department before a restart is delivered after it. */
class DeliveryRestartTest {

    @Test
    void aPendingDeliverySurvivesARestartAndIsThenDeliveredOnce() throws Exception {
        Path dataDir = AdminServerTestSupport.newDataDir();
        String tracking;
        try (DepartmentSimulator hrss = DepartmentSimulator.start("HRSS", DepartmentConnectorTest.SECRET)) {
            // the first life never looks at the queue after start-up: the delivery is still owed when it ends
            try (ConfigurableApplicationContext first = start(dataDir, hrss, "1h")) {
                tracking = AdminApiCalls.submitFixture(TerminalClient.bearer(port(first),
                        AdminServerTestSupport.DEMO_CREDENTIAL));
            }
            assertThat(deliveredAt(dataDir, tracking)).as("owed, not delivered, after the first life").isEqualTo(0L);
            assertThat(hrss.requests).hasValue(0);

            try (ConfigurableApplicationContext second = start(dataDir, hrss, "100ms")) {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (deliveredAt(dataDir, tracking) == 0L && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(deliveredAt(dataDir, tracking)).as("delivered after the restart").isPositive();
            }
            assertThat(hrss.timesTaken(tracking)).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, DepartmentSimulator hrss, String poll) {
        return SpringApplication.run(AdminServerApplication.class, "--server.port=0", "--admin.data-dir=" + dataDir,
                "--vaadin.productionMode=true", "--admin.connector.departments[0].code=HRSS",
                "--admin.connector.departments[0].url=" + hrss.url(),
                "--admin.connector.departments[0].secret=" + DepartmentConnectorTest.SECRET,
                "--admin.connector.poll-interval=" + poll);
    }

    private static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    /** When the department took it: 0 while owed, null without a row. */
    private static Long deliveredAt(Path dataDir, String tracking) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("admin.db"));
                ResultSet row = db.createStatement().executeQuery(
                        "SELECT delivered_at_ms FROM connector_delivery WHERE tracking_number = '" + tracking + "'")) {
            return row.next() ? row.getLong(1) : null;
        }
    }
}
