package cn.egovkiosk.admin.support;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the admin server, all under {@code admin.*}.
 *
 * @param dataDir   {@code admin.data-dir}: folder of the SQLite database file {@code admin.db}, created at start;
 *                  default {@code ./data/admin}
 * @param timeZone  {@code admin.time-zone}: zone of the date in tracking numbers and of times on screen; default
 *                  {@code Asia/Shanghai}
 * @param sqlite    {@code admin.sqlite.*}: connection settings of the SQLite database
 * @param polling   {@code admin.polling.*}: when terminals are told to poll again
 * @param terminals {@code admin.terminals[n].id/credential/site}: terminals and their bearer credentials until
 *                  enrollment exists; default one demo terminal ({@link TerminalCredential#DEMO})
 */
@ConfigurationProperties("admin")
public record AdminProperties(@DefaultValue("./data/admin") Path dataDir,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue Sqlite sqlite, @DefaultValue Polling polling,
        List<TerminalCredential> terminals) {

    public AdminProperties {
        terminals = terminals == null || terminals.isEmpty() ? List.of(TerminalCredential.DEMO) : List.copyOf(terminals);
    }

    /** The database file inside {@link #dataDir()}. */
    public Path databaseFile() {
        return dataDir.resolve("admin.db");
    }

    /**
     * @param busyTimeout {@code admin.sqlite.busy-timeout}: how long a connection waits for another writer before it
     *                    fails; default 5 s
     * @param poolSize    {@code admin.sqlite.pool-size}: pooled connections; SQLite has one writer at a time, so
     *                    a few connections suffice for readers; default 4
     */
    public record Sqlite(@DefaultValue("5s") Duration busyTimeout, @DefaultValue("4") int poolSize) {
    }

    /**
     * @param interval {@code admin.polling.interval}: the usual time between two polls of a terminal; default 60 s
     * @param jitter   {@code admin.polling.jitter}: a random spread of up to this much either way, so that a fleet
     *                 restarted together does not poll in lockstep; default 15 s
     */
    public record Polling(@DefaultValue("60s") Duration interval, @DefaultValue("15s") Duration jitter) {
    }

    /**
     * A terminal allowed to call the terminal API.
     *
     * @param id         the terminal id, e.g. {@code demo-kiosk-01}
     * @param credential the bearer credential (secret; at least 16 characters)
     * @param site       where the terminal stands
     */
    public record TerminalCredential(String id, String credential, String site) {

        /** The demo terminal used when none is configured; its credential must be changed in production. */
        public static final TerminalCredential DEMO = new TerminalCredential("demo-kiosk-01",
                "demo-credential-change-me", "思明区政务服务中心");

        @Override
        public String toString() {
            return "TerminalCredential[id=" + id + ", credential=<secret>, site=" + site + "]";
        }
    }
}
