package cn.egovkiosk.kiosk.support;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Background timers of the kiosk (polls, heartbeats, screen timeouts). Device I/O does not run here but on the one
 * device thread, so a slow printer never delays a timeout.
 */
@Component
public class KioskTimers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KioskTimers.class);

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().name("kiosk-timer-", 0).daemon(true).factory());

    public ScheduledFuture<?> after(Duration delay, Runnable task) {
        return executor.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public ScheduledFuture<?> every(Duration initialDelay, Duration period, Runnable task) {
        return executor.scheduleWithFixedDelay(guarded(task), initialDelay.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    // an exception would silently end a periodic task; log its type and keep the schedule alive
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.error("background task failed: {}", e.getClass().getName());
            }
        };
    }
}
