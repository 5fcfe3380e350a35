package cn.egovkiosk.admin.connector;

import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department delivery queue for administrators: which deliveries fail or were given up, and "retry now". A
 * retry only makes the row due; the dispatcher sends it as any other, so the department still gets each application
 * once per successful send. Every retry is audited.
 */
@Service
public class ConnectorDeliveries {

    /** Failing and given up: what needs an administrator. */
    public static final Set<DeliveryState> NEEDING_ATTENTION = Set.of(DeliveryState.FAILING, DeliveryState.GAVE_UP);
    static final int MAX = 500;

    private final JdbcClient jdbc;
    private final DeliveryQueue queue;
    private final AuditLog audit;
    private final Clock clock;

    ConnectorDeliveries(JdbcClient jdbc, DeliveryQueue queue, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.audit = audit;
        this.clock = clock;
    }

    /** Deliveries in these states, the longest waiting first, at most {@link #MAX}. */
    public List<ConnectorDelivery> inStates(Collection<DeliveryState> states) {
        long now = clock.millis();
        // delivered rows pile up over the years: read them only when asked for
        String undelivered = states.contains(DeliveryState.DELIVERED) ? "" : "WHERE delivered_at_ms IS NULL ";
        return jdbc.sql("SELECT * FROM connector_delivery " + undelivered + "ORDER BY created_at_ms, tracking_number")
                .query(row(now)).list().stream().filter(delivery -> states.contains(delivery.state())).limit(MAX)
                .toList();
    }

    public Optional<ConnectorDelivery> find(String trackingNumber) {
        return jdbc.sql("SELECT * FROM connector_delivery WHERE tracking_number = ?").param(trackingNumber)
                .query(row(clock.millis())).optional();
    }

    /**
     * Sends the delivery at the dispatcher's next look (within {@code admin.connector.poll-interval}).
     *
     * @throws ApiProblem 404 when no delivery has this number, 409 when it is delivered or being sent right now
     */
    @Transactional
    public ConnectorDelivery retryNow(String trackingNumber, String actor) {
        ConnectorDelivery before = find(trackingNumber)
                .orElseThrow(() -> ApiProblem.notFound("No department delivery has this tracking number."));
        if (before.state() == DeliveryState.DELIVERED) {
            throw ApiProblem.conflict("The department has already taken this application.");
        }
        if (!queue.dueNow(trackingNumber)) {
            throw ApiProblem.conflict("This delivery is being sent right now.");
        }
        ConnectorDelivery after = find(trackingNumber).orElseThrow();
        audit.record(actor, "connector.retry", "DELIVERY " + trackingNumber + " " + before.departmentCode(),
                summary(before), summary(after));
        return after;
    }

    // tracking number, department and counts only: the queue holds nothing personal
    private static String summary(ConnectorDelivery delivery) {
        return "{\"state\":\"" + delivery.state() + "\",\"attempts\":" + delivery.attempts() + "}";
    }

    private static RowMapper<ConnectorDelivery> row(long now) {
        return (rs, n) -> {
            boolean delivered = rs.getObject("delivered_at_ms") != null;
            boolean gaveUp = rs.getObject("gave_up_at_ms") != null;
            long leasedUntil = rs.getObject("leased_until_ms") == null ? 0 : rs.getLong("leased_until_ms");
            boolean sending = !delivered && !gaveUp && leasedUntil >= now;
            int attempts = rs.getInt("attempts");
            DeliveryState state = delivered ? DeliveryState.DELIVERED : gaveUp ? DeliveryState.GAVE_UP
                    : attempts > 0 ? DeliveryState.FAILING : DeliveryState.PENDING;
            String lastError = rs.getString("last_error");
            Instant nextTry = delivered || gaveUp || sending ? null
                    : Instant.ofEpochMilli(rs.getLong("next_attempt_ms"));
            return new ConnectorDelivery(rs.getString("tracking_number"), rs.getString("department_code"), state,
                    attempts, lastError, DeliveryFailure.of(lastError), DeliveryFailure.answeredStatus(lastError),
                    Instant.ofEpochMilli(rs.getLong("created_at_ms")), nextTry, sending);
        };
    }
}
