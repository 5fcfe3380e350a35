package cn.egovkiosk.kiosk.device;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device watched by polling on the device thread while the application runs, and the listeners of what the polls
 * find: the card reader's and the scanner's watchers share this. A failing listener is logged (its type only) and
 * the others still hear the event.
 *
 * @param <E> what the polls report
 */
public final class DevicePoll<E> {

    private static final Logger log = LoggerFactory.getLogger(DevicePoll.class);

    private final KioskDevices devices;
    private final Duration period;
    private final Runnable poll;
    private final List<Consumer<E>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> polling;

    public DevicePoll(KioskDevices devices, Duration period, Runnable poll) {
        this.devices = devices;
        this.period = period;
        this.poll = poll;
    }

    /** Listeners are called on the device thread; UI code must hop over with {@code UI.access}. */
    public Registration subscribe(Consumer<E> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public boolean hasListeners() {
        return !listeners.isEmpty();
    }

    public void publish(E event) {
        for (Consumer<E> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.error("a device listener failed: {}", e.getClass().getName());
            }
        }
    }

    public synchronized void start() {
        if (polling == null) {
            polling = devices.onDeviceThreadEvery(period, poll);
        }
    }

    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    public synchronized boolean isRunning() {
        return polling != null;
    }
}
