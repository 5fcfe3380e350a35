package cn.egovkiosk.device.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk-wide device status: drivers (or the device manager) publish, heartbeats and the UI read one immutable
 * {@link StatusSnapshot}. Reading never blocks. Listeners run on one board thread, in publication order, so a slow
 * listener (a UI push) never holds up a driver and never sees changes out of order.
 */
public final class DeviceStatusBoard implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeviceStatusBoard.class);

    private final Map<String, DeviceStatus> statuses = new LinkedHashMap<>();
    private final List<StatusListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(
            runnable -> Thread.ofPlatform().daemon().name("device-status-board").unstarted(runnable));
    private volatile StatusSnapshot snapshot = StatusSnapshot.empty();

    /**
     * Records a device's status. Publishing what the board already holds (same state, media and detail) changes
     * nothing and tells no listener, so drivers may publish after every poll.
     *
     * @return true when the status changed
     */
    public boolean publish(DeviceStatus status) {
        Objects.requireNonNull(status, "status");
        StatusChange change;
        StatusSnapshot after;
        synchronized (statuses) {
            DeviceStatus before = statuses.get(status.name());
            if (before != null && sameCondition(before, status)) {
                return false;
            }
            statuses.put(status.name(), status);
            after = new StatusSnapshot(snapshot.version() + 1, Instant.now(), List.copyOf(statuses.values()));
            snapshot = after;
            change = new StatusChange(Optional.ofNullable(before), status);
            // queued under the lock so that listeners see changes in the order they were made
            dispatch(change, after);
        }
        return true;
    }

    /** Forgets a device (e.g. removed from the configuration). */
    public void remove(String name) {
        synchronized (statuses) {
            if (statuses.remove(name) != null) {
                snapshot = new StatusSnapshot(snapshot.version() + 1, Instant.now(), List.copyOf(statuses.values()));
            }
        }
    }

    public StatusSnapshot snapshot() {
        return snapshot;
    }

    public Optional<DeviceStatus> status(String name) {
        return snapshot.device(name);
    }

    /** Adds a listener; the returned handle removes it again. */
    public AutoCloseable addListener(StatusListener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Stops telling listeners; changes still queued are delivered first (for at most a second). */
    @Override
    public void close() {
        dispatcher.shutdown();
        try {
            dispatcher.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(StatusChange change, StatusSnapshot after) {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            dispatcher.execute(() -> {
                for (StatusListener listener : listeners) {
                    try {
                        listener.statusChanged(change, after);
                    } catch (RuntimeException e) {
                        log.warn("status listener failed on {}: {}", change.current().name(), e.getClass().getName());
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // the board is closed: the snapshot is still current, only listeners are no longer told
        }
    }

    private static boolean sameCondition(DeviceStatus a, DeviceStatus b) {
        return a.state() == b.state() && a.media() == b.media() && a.detail().equals(b.detail());
    }
}
