package cn.egovkiosk.kiosk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Brings the kiosk's SQLite schema up to the Flyway migrations in the jar. When the schema history already holds
 * exactly the migrations the jar carries, Flyway is not started at all: setting it up costs about a tenth of every
 * kiosk start (it copies its plugins' settings through Jackson), and a kiosk switched on in the morning finds its
 * schema current. Anything else (a new database, new migrations, a failed or unknown entry) goes to Flyway, which
 * migrates, refuses with its own error, or (for a schema left by a newer kiosk) warns, as it always did here.
 */
public final class KioskSchema {

    /** What {@link #bringUpToDate} did: nothing (the schema was current), or ran Flyway. */
    public enum Outcome {
        CURRENT, MIGRATED_BY_FLYWAY
    }

    static final String LOCATION = "db/migration";
    private static final Logger log = LoggerFactory.getLogger(KioskSchema.class);

    private KioskSchema() {
    }

    public static Outcome bringUpToDate(DataSource dataSource) {
        Set<MigrationVersion> bundled = bundledVersions();
        Set<MigrationVersion> applied = appliedVersions(dataSource);
        if (!bundled.isEmpty() && bundled.equals(applied)) {
            log.info("database schema current ({} migrations)", bundled.size());
            return Outcome.CURRENT;
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:" + LOCATION).load().migrate();
        return Outcome.MIGRATED_BY_FLYWAY;
    }

    /** The versions of the jar's migrations; an empty set when there is any other kind (e.g. repeatable). */
    private static Set<MigrationVersion> bundledVersions() {
        Set<MigrationVersion> versions = new HashSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
                    "classpath:" + LOCATION + "/*.sql")) {
                String name = resource.getFilename();
                int end = name == null ? -1 : name.indexOf("__");
                if (end < 2 || name.charAt(0) != 'V') {
                    return Set.of();
                }
                versions.add(MigrationVersion.fromVersion(name.substring(1, end)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the database migrations", e);
        }
        return versions;
    }

    /** The versions the history holds as applied; an empty set when there is no history or a failed entry. */
    private static Set<MigrationVersion> appliedVersions(DataSource dataSource) {
        Set<MigrationVersion> versions = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery(
                    "select 1 from sqlite_master where type = 'table' and name = 'flyway_schema_history'")) {
                if (!table.next()) {
                    return Set.of();
                }
            }
            try (ResultSet rows = statement.executeQuery("select version, success from flyway_schema_history")) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    if (!rows.getBoolean(2)) {
                        return Set.of();
                    }
                    if (version != null) {
                        versions.add(MigrationVersion.fromVersion(version));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the kiosk database's schema history", e);
        }
        return versions;
    }
}
