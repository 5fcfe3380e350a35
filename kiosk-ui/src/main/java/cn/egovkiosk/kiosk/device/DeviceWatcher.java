package cn.egovkiosk.kiosk.device;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A device watched by polling on the device thread while the application runs, and the listeners of what the polls
 * find: the card reader's and the scanner's watchers are this. A failing listener is logged (its type only) and the
 * others still hear the event.
 *
 * @param <E> what the polls report
 */
public abstract class DeviceWatcher<E> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeviceWatcher.class);

    protected final KioskDevices devices;
    private final Duration period;
    private final List<Consumer<E>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> polling;

    protected DeviceWatcher(KioskDevices devices, Duration period) {
        this.devices = devices;
        this.period = period;
    }

    /** Listeners are called on the device thread; UI code must hop over with {@code UI.access}. */
    public Registration subscribe(Consumer<E> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** One poll, on the device thread; it must not throw (a failure would end the schedule). */
    protected abstract void pollOnce();

    protected boolean hasListeners() {
        return !listeners.isEmpty();
    }

    protected void publish(E event) {
        for (Consumer<E> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.error("a device listener failed: {}", e.getClass().getName());
            }
        }
    }

    // polled even without the device: maintenance mode may connect one while the kiosk runs
    @Override
    public synchronized void start() {
        if (polling == null) {
            polling = devices.onDeviceThreadEvery(period, this::pollOnce);
        }
    }

    @Override
    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return polling != null;
    }
}
