package cn.egovkiosk.device.status;

import java.util.Objects;
import java.util.Optional;

/**
 * One device's status moved (the XFS4IoT {@code Common.StatusChangedEvent}).
 *
 * @param previous the status before, empty the first time a device is published
 * @param current  the status now
 */
public record StatusChange(Optional<DeviceStatus> previous, DeviceStatus current) {

    public StatusChange {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
    }

    /** True when the state itself changed (not only the detail or the media). */
    public boolean stateChanged() {
        return previous.map(before -> before.state() != current.state()).orElse(true);
    }
}
