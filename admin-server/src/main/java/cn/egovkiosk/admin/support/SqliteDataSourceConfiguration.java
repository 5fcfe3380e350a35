package cn.egovkiosk.admin.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database under {@code admin.data-dir}. WAL lets the admin UI read while a terminal writes; every
 * transaction begins IMMEDIATE so that writers queue on the busy timeout instead of failing on a lock upgrade;
 * synchronous FULL because an acknowledged submission must survive a power loss. With the profile
 * {@code postgres} Spring Boot's own pool on {@code spring.datasource.*} takes its place.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + SqliteDataSourceConfiguration.POSTGRES)
class SqliteDataSourceConfiguration {

    /** The profile that replaces this database by PostgreSQL ({@code application-postgres.properties}). */
    static final String POSTGRES = "postgres";

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(AdminProperties properties) throws IOException {
        Path file = properties.databaseFile().toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(Math.toIntExact(properties.sqlite().busyTimeout().toMillis()));
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource target = new SQLiteDataSource(sqlite);
        target.setUrl("jdbc:sqlite:" + file);

        HikariConfig pool = new HikariConfig();
        pool.setPoolName("admin-sqlite");
        pool.setDataSource(target);
        pool.setMaximumPoolSize(properties.sqlite().poolSize());
        return new HikariDataSource(pool);
    }
}
