package cn.egovkiosk.admin.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed what and when, with the state before and after (JSON). Write it in the transaction of the change, so
 * that a change and its record stand or fall together. Never pass personal data or secrets as before or after.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param action  what was done, e.g. {@code device-config.set}
     * @param subject what it was done to, e.g. {@code TERMINAL sm-community-017 RECEIPT_PRINTER}
     * @param before  the state before as JSON, null if there was none
     * @param after   the state after as JSON, null if there is none
     */
    public void record(String actor, String action, String subject, String before, String after) {
        jdbc.sql("""
                INSERT INTO audit_log (id, at_ms, actor, action, subject, before_json, after_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), clock.millis(), actor, action, subject, before, after)
                .update();
    }

    /** The latest entries, newest first. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_log ORDER BY at_ms DESC, id LIMIT ?").param(limit)
                .query((rs, row) -> new Entry(Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("before_json"),
                        rs.getString("after_json")))
                .list();
    }

    /** One audited write. */
    public record Entry(Instant at, String actor, String action, String subject, String before, String after) {
    }
}
