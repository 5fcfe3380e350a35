package cn.egovkiosk.kiosk.submission;

import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.protocol.submission.SubmissionAck;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends outbox rows to the admin server on its own thread until each is acknowledged. A failed send leaves the row in
 * place with a later due time; a restarted kiosk simply continues with what is in the table.
 */
@Component
public class OutboxForwarder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxForwarder.class);
    private static final long LONGEST_SLEEP_MILLIS = 30_000;

    private final Outbox outbox;
    private final SubmissionClient client;
    private final Clock clock;
    private final Backoff backoff;
    private final List<Consumer<SubmissionAck>> listeners = new CopyOnWriteArrayList<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile Thread thread;

    @Autowired
    OutboxForwarder(Outbox outbox, SubmissionClient client, Clock clock, KioskProperties properties) {
        this(outbox, client, clock, new Backoff(properties.outbox().retryMin(), properties.outbox().retryMax()));
    }

    OutboxForwarder(Outbox outbox, SubmissionClient client, Clock clock, Backoff backoff) {
        this.outbox = outbox;
        this.client = client;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** Tells the forwarder a new row is waiting, so it does not sleep until its next retry. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Called on the forwarder thread for every acknowledgement. */
    public Registration onAcknowledged(Consumer<SubmissionAck> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            // assigned before it runs: the loop runs while it is the current forwarder thread
            thread = Thread.ofPlatform().name("outbox-forwarder").daemon(true).unstarted(this::forwardUntilStopped);
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void forwardUntilStopped() {
        while (thread == Thread.currentThread()) {
            try {
                Optional<OutboxEntry> due = outbox.nextDue(clock.millis());
                if (due.isPresent()) {
                    forward(due.get());
                } else {
                    sleepUntilDueOrWoken();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // e.g. the database is busy: the rows stay, try again shortly
                log.error("outbox: forwarding paused after {}", e.getClass().getName());
                pause(Duration.ofSeconds(1));
            }
        }
    }

    private void forward(OutboxEntry entry) throws InterruptedException {
        var submission = entry.submission();
        try {
            SubmissionAck ack = client.send(submission);
            outbox.acknowledged(submission.itemCode(), ack, clock.instant());
            log.info("outbox: submission {} acknowledged as {} after {} failed attempts",
                    submission.idempotencyKey(), ack.trackingNumber(), entry.attempts());
            listeners.forEach(listener -> listener.accept(ack));
        } catch (IOException | SubmissionClient.NotAcknowledged | RuntimeException e) {
            int attempts = entry.attempts() + 1;
            Duration delay = backoff.delay(attempts);
            String reason = e instanceof SubmissionClient.NotAcknowledged ? e.getMessage() : e.getClass().getName();
            outbox.retryLater(submission.idempotencyKey(), attempts, clock.instant().plus(delay), reason);
            log.warn("outbox: submission {} not acknowledged (attempt {}: {}); next try in {} ms",
                    submission.idempotencyKey(), attempts, reason, delay.toMillis());
        }
    }

    private void sleepUntilDueOrWoken() throws InterruptedException {
        long sleep = outbox.earliestDue().map(due -> due - clock.millis()).orElse(LONGEST_SLEEP_MILLIS);
        sleep = Math.clamp(sleep, 1, LONGEST_SLEEP_MILLIS);
        synchronized (signal) {
            if (!woken) {
                signal.wait(sleep);
            }
            woken = false;
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
