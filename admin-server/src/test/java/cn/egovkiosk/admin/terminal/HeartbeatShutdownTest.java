package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.AdminServerApplication;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.TerminalApi;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Heartbeats are written behind; a graceful shutdown still writes every one that was acknowledged. */
class HeartbeatShutdownTest {

    @Test
    void anAcknowledgedHeartbeatIsInTheDatabaseAfterAGracefulShutdown() throws Exception {
        Path dataDir = AdminServerTestSupport.newDataDir();
        // a flush interval far beyond the test: only the shutdown can write the heartbeat
        try (ConfigurableApplicationContext server = SpringApplication.run(AdminServerApplication.class,
                "--server.port=0", "--admin.data-dir=" + dataDir, "--vaadin.productionMode=true",
                "--admin.terminal-api.heartbeat-flush-interval=1h")) {
            int port = ((WebServerApplicationContext) server).getWebServer().getPort();
            assertThat(TerminalClient.bearer(port, AdminServerTestSupport.DEMO_CREDENTIAL).post(TerminalApi.HEARTBEAT,
                    ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT)).statusCode()).isEqualTo(200);
            assertThat(outboxDepthOf(dataDir)).as("not written yet").isNull();
        }

        assertThat(outboxDepthOf(dataDir)).isEqualTo(2);
    }

    private static Integer outboxDepthOf(Path dataDir) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("admin.db"));
                ResultSet row = db.createStatement().executeQuery(
                        "SELECT outbox_depth FROM terminal_status WHERE terminal_id = '"
                                + AdminServerTestSupport.DEMO_ID + "'")) {
            return row.next() ? row.getInt(1) : null;
        }
    }
}
