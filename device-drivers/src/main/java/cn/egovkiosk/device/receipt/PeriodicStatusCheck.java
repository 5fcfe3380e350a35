package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.status.DeviceStatus;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a printer for its status on a fixed schedule between jobs, so paper running out shows on the status board
 * before a resident waits for a receipt (for printers outside the DeviceManager, which polls its own devices).
 */
public final class PeriodicStatusCheck implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PeriodicStatusCheck.class);

    private final ScheduledExecutorService timer;

    private PeriodicStatusCheck(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /**
     * Starts checking at once and then every {@code interval}; each result goes to {@code publish}.
     *
     * @param check e.g. {@code printer::checkStatus}
     */
    public static PeriodicStatusCheck start(String name, Supplier<DeviceStatus> check, Consumer<DeviceStatus> publish,
            Duration interval) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                runnable -> Thread.ofPlatform().daemon().name("status-check-" + name).unstarted(runnable));
        timer.scheduleWithFixedDelay(() -> {
            try {
                publish.accept(check.get());
            } catch (RuntimeException e) {
                log.warn("{}: status check failed: {}", name, e.getClass().getName());
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return new PeriodicStatusCheck(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
