package cn.egovkiosk.admin.connector;

import cn.egovkiosk.admin.submission.ApplicationReceived;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable queue of applications owed to a department's system ({@code connector_delivery}). A row is written in
 * the transaction that stores the application and marked delivered only after the department took it, so neither a
 * crash nor a restart loses one. Claiming a row moves its due time forward by a lease, so that two instances (or a
 * slow send and the next poll) never send the same row at the same moment.
 */
@Repository
class DeliveryQueue {

    private final JdbcClient jdbc;
    private final DepartmentConnector connector;
    private final Clock clock;

    DeliveryQueue(JdbcClient jdbc, DepartmentConnector connector, Clock clock) {
        this.jdbc = jdbc;
        this.connector = connector;
        this.clock = clock;
    }

    /** Queues the new application if its department has a system; runs in the intake transaction. */
    @EventListener
    void onReceived(ApplicationReceived received) {
        Optional<String> department = jdbc.sql("SELECT department_code FROM catalog_item WHERE code = ?")
                .param(received.itemCode()).query(String.class).optional();
        if (department.isEmpty() || !connector.reaches(department.get())) {
            return;
        }
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO connector_delivery (tracking_number, department_code, created_at_ms, attempts,
                    next_attempt_ms) VALUES (?, ?, ?, 0, ?)""")
                .params(received.trackingNumber(), department.get(), now, now).update();
    }

    /** Up to {@code max} due rows, each claimed for {@code leaseMillis}. */
    List<Due> claimDue(int max, long leaseMillis) {
        long now = clock.millis();
        List<Due> candidates = jdbc.sql("""
                SELECT tracking_number, attempts, next_attempt_ms FROM connector_delivery
                WHERE delivered_at_ms IS NULL AND gave_up_at_ms IS NULL AND next_attempt_ms <= ?
                ORDER BY next_attempt_ms LIMIT ?""")
                .params(now, max)
                .query((rs, n) -> new Due(rs.getString(1), rs.getInt(2), rs.getLong(3))).list();
        List<Due> claimed = new ArrayList<>();
        for (Due due : candidates) {
            int won = jdbc.sql("""
                    UPDATE connector_delivery SET next_attempt_ms = ?, leased_until_ms = ?
                    WHERE tracking_number = ? AND next_attempt_ms = ? AND delivered_at_ms IS NULL
                        AND gave_up_at_ms IS NULL""")
                    .params(now + leaseMillis, now + leaseMillis, due.trackingNumber(), due.dueAtMillis())
                    .update();
            if (won == 1) {
                claimed.add(due);
            }
        }
        return claimed;
    }

    void delivered(String trackingNumber, int attempts) {
        jdbc.sql("""
                UPDATE connector_delivery SET delivered_at_ms = ?, attempts = ?, last_error = NULL,
                    leased_until_ms = NULL WHERE tracking_number = ?""")
                .params(clock.millis(), attempts, trackingNumber).update();
    }

    void retryLater(String trackingNumber, int attempts, long dueAtMillis, String error) {
        jdbc.sql("""
                UPDATE connector_delivery SET attempts = ?, next_attempt_ms = ?, last_error = ?, leased_until_ms = NULL
                WHERE tracking_number = ?""").params(attempts, dueAtMillis, error, trackingNumber).update();
    }

    /** Stops trying by itself: the row waits for an administrator's "retry now". */
    void giveUp(String trackingNumber, int attempts, String error) {
        jdbc.sql("""
                UPDATE connector_delivery SET attempts = ?, gave_up_at_ms = ?, last_error = ?, leased_until_ms = NULL
                WHERE tracking_number = ?""").params(attempts, clock.millis(), error, trackingNumber).update();
    }

    /**
     * Makes an undelivered row due now and lifts a give-up; refused (false) while it is being sent, so that a
     * retry never sends an application twice at the same moment.
     */
    boolean dueNow(String trackingNumber) {
        long now = clock.millis();
        return jdbc.sql("""
                UPDATE connector_delivery SET next_attempt_ms = ?, gave_up_at_ms = NULL
                WHERE tracking_number = ? AND delivered_at_ms IS NULL
                    AND (leased_until_ms IS NULL OR leased_until_ms < ?)""")
                .params(now, trackingNumber, now).update() == 1;
    }

    /** The delivery state of one application, if it is owed to a department. */
    Optional<State> state(String trackingNumber) {
        return jdbc.sql("SELECT * FROM connector_delivery WHERE tracking_number = ?").param(trackingNumber)
                .query((rs, n) -> new State(rs.getString("department_code"), rs.getInt("attempts"),
                        rs.getObject("delivered_at_ms") != null, rs.getString("last_error")))
                .optional();
    }

    /** A claimed row: its tracking number, failed attempts so far and the due time it was claimed at. */
    record Due(String trackingNumber, int attempts, long dueAtMillis) {
    }

    /** Where a delivery stands; {@code lastError} names the failure, never the content. */
    record State(String departmentCode, int attempts, boolean delivered, String lastError) {
    }
}
