package cn.egovkiosk.kiosk.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The kiosk's SQLite file in {@code kiosk.data-dir}: catalog cache, outbox, acknowledgements. The data source is
 * handed out only once its schema is current ({@link KioskSchema}), so every bean that uses it finds its tables.
 */
@Configuration(proxyBeanMethods = false)
public class KioskDatabase {

    @Bean(destroyMethod = "close")
    DataSource dataSource(KioskProperties properties) {
        HikariDataSource dataSource = open(properties.databaseFile());
        try {
            KioskSchema.bringUpToDate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /**
     * The kiosk's transactions are programmatic; Boot's transaction auto-configuration, whose annotation proxies
     * would be checked against every bean at start-up, is excluded (application.properties).
     */
    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /** A pooled data source on one SQLite file, creating its folder; also used by tests outside Spring. */
    public static HikariDataSource open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the kiosk data folder " + file.getParent(), e);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        // WAL lets the UI read while the forwarder writes; FULL sync: an accepted submission survives power loss
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        SQLiteDataSource sqliteSource = new SQLiteDataSource(sqlite);
        sqliteSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqliteSource);
        pool.setPoolName("kiosk-sqlite");
        pool.setMaximumPoolSize(3);
        pool.setMinimumIdle(1);
        return new HikariDataSource(pool);
    }
}
