package cn.egovkiosk.kiosk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The kiosk's schema on a real SQLite file: migrated when needed, Flyway left alone when current. */
class KioskSchemaTest {

    @TempDir
    Path dir;
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void open() {
        dataSource = KioskDatabase.open(dir.resolve("kiosk.db"));
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aNewDatabaseIsMigratedAndTheNextStartFindsItCurrent() {
        assertThat(KioskSchema.bringUpToDate(dataSource)).isEqualTo(KioskSchema.Outcome.MIGRATED_BY_FLYWAY);
        assertThat(tables()).contains("outbox", "flyway_schema_history");
        int historyRows = history();

        assertThat(KioskSchema.bringUpToDate(dataSource)).isEqualTo(KioskSchema.Outcome.CURRENT);
        assertThat(history()).isEqualTo(historyRows);
    }

    @Test
    void aDatabaseOfAnOlderKioskGetsTheNewMigrations() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("1").load().migrate();
        int olderRows = history();

        assertThat(KioskSchema.bringUpToDate(dataSource)).isEqualTo(KioskSchema.Outcome.MIGRATED_BY_FLYWAY);
        assertThat(history()).isGreaterThan(olderRows);
        assertThat(KioskSchema.bringUpToDate(dataSource)).isEqualTo(KioskSchema.Outcome.CURRENT);
    }

    @Test
    void aDatabaseOfANewerKioskIsLeftToFlywayInsteadOfTakenAsCurrent() {
        KioskSchema.bringUpToDate(dataSource);
        jdbc.update("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) values (99, '99', 'from a newer kiosk', 'SQL',"
                + " 'V99__from_a_newer_kiosk.sql', 0, 'kiosk', 1, 1)");

        assertThat(KioskSchema.bringUpToDate(dataSource)).isEqualTo(KioskSchema.Outcome.MIGRATED_BY_FLYWAY);
        assertThat(jdbc.queryForObject("select max(installed_rank) from flyway_schema_history", Integer.class))
                .isEqualTo(99);
    }

    @Test
    void aFailedMigrationInTheHistoryGoesToFlywayWhichRefusesToStart() {
        KioskSchema.bringUpToDate(dataSource);
        jdbc.update("update flyway_schema_history set success = 0 where version = '2'");

        assertThatThrownBy(() -> KioskSchema.bringUpToDate(dataSource)).isInstanceOf(FlywayException.class);
    }

    private java.util.List<String> tables() {
        return jdbc.queryForList("select name from sqlite_master where type = 'table'", String.class);
    }

    private int history() {
        return jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class);
    }
}
