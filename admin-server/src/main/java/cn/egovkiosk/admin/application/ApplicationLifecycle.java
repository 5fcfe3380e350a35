package cn.egovkiosk.admin.application;

import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves applications through their {@link LifeCycle}: checks the step, changes the status, adds the history row and
 * the audit record in one transaction. Officers at the desk, the management API and department callbacks all come
 * through here. The note is for the resident and may hold anything: it goes to the history, never to logs or audit.
 */
@Service
public class ApplicationLifecycle {

    /** Longest note for the resident. */
    public static final int MAX_NOTE = 500;
    private static final Logger log = LoggerFactory.getLogger(ApplicationLifecycle.class);

    private final JdbcClient jdbc;
    private final ApplicationHistory history;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApplicationLifecycle(JdbcClient jdbc, ApplicationHistory history, AuditLog audit, TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @param actor who moves it: an admin user name or {@code department:<code>}
     * @param note  for the resident, may be empty
     * @return the status before the move
     * @throws TransitionRefused when the application is unknown, the step not allowed or the note too long
     */
    public SubmissionStatus move(String trackingNumber, SubmissionStatus to, String actor, String note) {
        String checkedNote = note == null ? "" : note.strip();
        if (checkedNote.length() > MAX_NOTE) {
            throw new TransitionRefused(TransitionRefused.Reason.NOTE_TOO_LONG,
                    "The note must have at most " + MAX_NOTE + " characters.");
        }
        SubmissionStatus before = transaction.execute(status -> moveInTransaction(trackingNumber, to, actor,
                checkedNote));
        log.info("Application {} moved from {} to {} by {}", trackingNumber, before, to, actor);
        return before;
    }

    private SubmissionStatus moveInTransaction(String trackingNumber, SubmissionStatus to, String actor, String note) {
        SubmissionStatus from = current(trackingNumber).orElseThrow(() -> new TransitionRefused(
                TransitionRefused.Reason.UNKNOWN, "No application with this tracking number."));
        if (!LifeCycle.allows(from, to)) {
            throw new TransitionRefused(TransitionRefused.Reason.NOT_ALLOWED,
                    "An application " + from + " cannot become " + to + ".");
        }
        // the status in the WHERE clause: a concurrent move between our read and this write makes this one fail
        int changed = jdbc.sql("UPDATE submission SET status = ? WHERE tracking_number = ? AND status = ?")
                .params(to.name(), trackingNumber, from.name()).update();
        if (changed != 1) {
            throw new TransitionRefused(TransitionRefused.Reason.NOT_ALLOWED,
                    "The application changed meanwhile; reload it.");
        }
        Instant now = clock.instant();
        history.append(trackingNumber, to, now, actor, note);
        audit.record(actor, "application.status", "APPLICATION " + trackingNumber,
                "{\"status\":\"" + from + "\"}", "{\"status\":\"" + to + "\"}");
        return from;
    }

    /** The current status, if the application exists. */
    public Optional<SubmissionStatus> current(String trackingNumber) {
        return jdbc.sql("SELECT status FROM submission WHERE tracking_number = ?").param(trackingNumber)
                .query(String.class).optional().map(SubmissionStatus::valueOf);
    }
}
