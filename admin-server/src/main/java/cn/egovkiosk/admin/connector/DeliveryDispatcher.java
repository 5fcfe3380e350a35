package cn.egovkiosk.admin.connector;

import cn.egovkiosk.admin.application.ApplicationDetail;
import cn.egovkiosk.admin.application.ApplicationRecords;
import cn.egovkiosk.admin.connector.DeliveryQueue.Due;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due queue rows through the {@link DepartmentConnector}, one after another, and reschedules failures with
 * doubling waits between {@code admin.connector.retry-min} and {@code retry-max}, up to {@code give-up-after} tries.
 * Then the row waits for an administrator ({@link DeliveriesView}): an application is never dropped, and how often
 * it failed is visible in the queue.
 */
@Component
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 20;

    private final DeliveryQueue queue;
    private final DepartmentConnector connector;
    private final ApplicationRecords records;
    private final ConnectorProperties properties;
    private final Clock clock;

    DeliveryDispatcher(DeliveryQueue queue, DepartmentConnector connector, ApplicationRecords records,
            ConnectorProperties properties, Clock clock) {
        this.queue = queue;
        this.connector = connector;
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${admin.connector.poll-interval:1s}")
    void sendDue() {
        // a lease longer than one send can take, so a row is not claimed again while its send is still running
        long lease = properties.requestTimeout().multipliedBy(2).toMillis() * BATCH;
        for (Due due : queue.claimDue(BATCH, lease)) {
            send(due);
        }
    }

    private void send(Due due) {
        int attempts = due.attempts() + 1;
        try {
            Optional<ApplicationDetail> application = records.find(due.trackingNumber());
            if (application.isEmpty()) {
                throw new DepartmentConnector.DeliveryFailed("application not found");
            }
            ApplicationDetail detail = application.get();
            connector.deliver(new OutgoingApplication(detail.trackingNumber(), detail.itemCode(), detail.itemName(),
                    detail.departmentCode(), detail.terminalId(), detail.receivedAt(), detail.status(),
                    detail.applicant(), detail.form()));
            queue.delivered(due.trackingNumber(), attempts);
            log.info("Application {} delivered to its department after {} attempt(s)", due.trackingNumber(),
                    attempts);
        } catch (DepartmentConnector.DeliveryFailed | RuntimeException e) {
            String reason = e instanceof DepartmentConnector.DeliveryFailed ? e.getMessage()
                    : e.getClass().getSimpleName();
            if (attempts >= properties.giveUpAfter()) {
                queue.giveUp(due.trackingNumber(), attempts, reason);
                log.warn("Application {} not delivered after {} attempts ({}); waiting for an administrator's retry",
                        due.trackingNumber(), attempts, reason);
                return;
            }
            Duration wait = backoff(attempts);
            queue.retryLater(due.trackingNumber(), attempts, clock.millis() + wait.toMillis(), reason);
            log.warn("Application {} not delivered (attempt {}: {}); next try in {} ms", due.trackingNumber(),
                    attempts, reason, wait.toMillis());
        }
    }

    /** retry-min × 2^(attempts−1), at most retry-max. */
    Duration backoff(int attempts) {
        Duration wait = properties.retryMin();
        for (int i = 1; i < attempts && wait.compareTo(properties.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.retryMax()) > 0 ? properties.retryMax() : wait;
    }
}
