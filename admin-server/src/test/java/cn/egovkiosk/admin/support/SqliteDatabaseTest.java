package cn.egovkiosk.admin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class SqliteDatabaseTest extends AdminServerTestSupport {

    @Autowired
    AdminProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseFileIsCreatedUnderTheDataDirAndMigrated() {
        assertThat(Files.isRegularFile(properties.databaseFile())).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success = 1").query(Long.class)
                .single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyConnectionUsesWalABusyTimeoutAndForeignKeys() {
        assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualToIgnoringCase("wal");
        assertThat(jdbc.sql("PRAGMA busy_timeout").query(Integer.class).single()).isEqualTo(5000);
        assertThat(jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single()).isEqualTo(1);
        assertThat(Files.exists(properties.databaseFile().resolveSibling("admin.db-wal"))).isTrue();
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO catalog_item (code, name, department_code, display_order) "
                + "VALUES ('X', 'x', 'NO-SUCH-DEPARTMENT', 1)").update())
                .isInstanceOf(DataAccessException.class);
    }
}
