package cn.egovkiosk.device.status;

import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One driver's current status: keeps {@code since} while the state stays the same, and logs state moves (a detail
 * never holds personal data, so it may be logged).
 */
public final class StatusTracker {

    private static final Logger log = LoggerFactory.getLogger(StatusTracker.class);

    private volatile DeviceStatus current;

    public StatusTracker(String name, DeviceState initial, MediaState media, String detail) {
        this.current = new DeviceStatus(Objects.requireNonNull(name, "name"), initial, media, detail, Instant.now());
    }

    public DeviceStatus current() {
        return current;
    }

    /** Moves to this condition; returns the status now held. */
    public synchronized DeviceStatus move(DeviceState state, MediaState media, String detail) {
        DeviceStatus before = current;
        DeviceStatus after = new DeviceStatus(before.name(), state, media, detail, before.since());
        if (before.state() == state && before.media() == after.media() && before.detail().equals(after.detail())) {
            return before;
        }
        if (before.state() != state) {
            log.info("{}: {} -> {} {}", before.name(), before.state(), state, after.detail());
            after = new DeviceStatus(before.name(), state, after.media(), after.detail(), Instant.now());
        }
        current = after;
        return after;
    }
}
