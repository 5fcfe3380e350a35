package cn.egovkiosk.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.TestDatabase;
import cn.egovkiosk.kiosk.support.KioskDatabase;
import cn.egovkiosk.kiosk.support.KioskSchema;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kiosk upgraded from a version that cached items without their guide and form: after the upgrade it downloads
 * the whole catalog again instead of being told "unchanged" and serving items without forms.
 */
class CatalogCachedBeforeFormsTest {

    @TempDir
    Path dataDir;
    private FakeAdminServer server;
    private HikariDataSource dataSource;
    private JdbcTemplate jdbc;
    private CatalogCache cache;

    @BeforeEach
    void start() throws Exception {
        server = FakeAdminServer.start();
        dataSource = KioskDatabase.open(dataDir.resolve("kiosk.db"));
        jdbc = new JdbcTemplate(dataSource);
        cache = new CatalogCache(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @AfterEach
    void stop() {
        server.close();
        dataSource.close();
    }

    @Test
    void theUpgradeForgetsTheETagSoTheNextSyncBringsTheFormsBack() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
        assertThat(sync().syncNow()).isEqualTo(CatalogSync.Outcome.UPDATED);
        // what the cache of a kiosk from before version 2 looks like: the columns, no item_json
        jdbc.update("UPDATE catalog_item SET item_json = ''");
        assertThat(cache.items().getFirst().form()).isEmpty();

        KioskSchema.bringUpToDate(dataSource);

        assertThat(sync().syncNow()).isEqualTo(CatalogSync.Outcome.UPDATED);
        assertThat(server.catalogIfNoneMatch).hasSize(2).last().isEqualTo("");
        assertThat(cache.items()).isEqualTo(server.catalog().items());
        assertThat(cache.items().getFirst().form()).isNotEmpty();
    }

    @Test
    void aCacheWithItsFormsKeepsItsETag() {
        KioskSchema.bringUpToDate(dataSource);
        sync().syncNow();

        assertThat(sync().syncNow()).isEqualTo(CatalogSync.Outcome.UNCHANGED);
    }

    private CatalogSync sync() {
        return new CatalogSync(new TerminalHttp(TestDatabase.properties(dataDir, server.url())), cache,
                Clock.systemUTC());
    }
}
