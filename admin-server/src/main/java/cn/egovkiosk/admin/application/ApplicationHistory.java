package cn.egovkiosk.admin.application;

import cn.egovkiosk.admin.submission.ApplicationReceived;
import cn.egovkiosk.protocol.progress.ProgressAnswer.Step;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every status change of an application, oldest first: who, when and the note for the resident. The progress query
 * reads {@link #of(String)}; the desk and the management API read {@link #entries(String)} with the actor.
 */
@Repository
public class ApplicationHistory {

    /** Actor of the 秒批 rules' decision at intake. */
    public static final String RULES = "rules";

    private final JdbcClient jdbc;

    ApplicationHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The steps a resident sees in the progress query (no actor); empty for an unknown tracking number. */
    public List<Step> of(String trackingNumber) {
        return entries(trackingNumber).stream().map(entry -> new Step(entry.status(), entry.at(), entry.note()))
                .toList();
    }

    /**
     * The full history. An application stored before histories existed shows its RECEIVED step from the
     * submission row.
     */
    public List<Entry> entries(String trackingNumber) {
        List<Entry> rows = jdbc.sql("""
                SELECT status, at_ms, actor, note FROM application_history WHERE tracking_number = ?
                ORDER BY at_ms, id""").param(trackingNumber)
                .query((rs, n) -> new Entry(SubmissionStatus.valueOf(rs.getString("status")),
                        Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("actor"), rs.getString("note")))
                .list();
        if (!rows.isEmpty()) {
            return rows;
        }
        return jdbc.sql("SELECT received_at, terminal_id FROM submission WHERE tracking_number = ?")
                .param(trackingNumber)
                .query((rs, n) -> new Entry(SubmissionStatus.RECEIVED, Instant.parse(rs.getString("received_at")),
                        "terminal:" + rs.getString("terminal_id"), ""))
                .list();
    }

    /** The first step(s), in the transaction that stores the application. */
    @EventListener
    void onReceived(ApplicationReceived received) {
        append(received.trackingNumber(), SubmissionStatus.RECEIVED, received.receivedAt(),
                "terminal:" + received.terminalId(), "");
        if (received.status() != SubmissionStatus.RECEIVED) {
            append(received.trackingNumber(), received.status(), received.receivedAt().plusMillis(1), RULES, "");
        }
    }

    /**
     * Adds a step. Call inside the transaction that changes the status ({@link ApplicationLifecycle} does); public
     * for the 秒批 rules, which decide inside the intake transaction.
     */
    public void append(String trackingNumber, SubmissionStatus status, Instant at, String actor, String note) {
        jdbc.sql("""
                INSERT INTO application_history (id, tracking_number, status, at_ms, actor, note)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), trackingNumber, status.name(), at.toEpochMilli(), actor,
                        note == null ? "" : note)
                .update();
    }

    /**
     * One status change.
     *
     * @param actor {@code terminal:<id>}, {@code rules}, {@code department:<code>} or an admin user name
     * @param note  the note the resident sees, may be empty
     */
    public record Entry(SubmissionStatus status, Instant at, String actor, String note) {
    }
}
