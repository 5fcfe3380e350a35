package cn.egovkiosk.kiosk;

import cn.egovkiosk.kiosk.support.KioskDatabase;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.KioskSchema;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A real, migrated SQLite kiosk database in a folder, for tests that run without a Spring context. */
public record TestDatabase(HikariDataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions)
        implements AutoCloseable {

    public static TestDatabase in(Path dataDir) {
        HikariDataSource dataSource = KioskDatabase.open(dataDir.resolve("kiosk.db"));
        KioskSchema.bringUpToDate(dataSource);
        return new TestDatabase(dataSource, new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** Properties with defaults except the data folder and the server. */
    public static KioskProperties properties(Path dataDir, URI server) {
        return properties(dataDir, server, FakeAdminServer.CREDENTIAL);
    }

    public static KioskProperties properties(Path dataDir, URI server, String credential) {
        return new KioskProperties(new KioskProperties.Server(server, credential,
                Duration.ofSeconds(2), Duration.ofSeconds(5)), dataDir,
                Duration.ofSeconds(90),
                new KioskProperties.Devices(false, new KioskProperties.Port(null, 115200),
                        new KioskProperties.Port(null, 115200)),
                new KioskProperties.Sync(Duration.ofMinutes(5), Duration.ofSeconds(30)),
                new KioskProperties.Outbox(Duration.ofMillis(50), Duration.ofMillis(400)),
                Duration.ofSeconds(5), Duration.ofSeconds(30),
                new KioskProperties.Maintenance(KioskProperties.Maintenance.DEMO_PIN_HASH));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
