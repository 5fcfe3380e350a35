package cn.egovkiosk.device.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The status of every device of the kiosk at one moment, immutable: what heartbeats send and the UI shows.
 *
 * @param version grows by one with every change, so a reader can tell whether anything moved since it last looked
 * @param takenAt when this snapshot was made
 * @param devices one status per device, ordered by name
 */
public record StatusSnapshot(long version, Instant takenAt, List<DeviceStatus> devices) {

    public StatusSnapshot {
        devices = devices.stream().sorted(Comparator.comparing(DeviceStatus::name)).toList();
    }

    static StatusSnapshot empty() {
        return new StatusSnapshot(0, Instant.now(), List.of());
    }

    public Optional<DeviceStatus> device(String name) {
        return devices.stream().filter(status -> status.name().equals(name)).findFirst();
    }

    /** True when every device can take a command now (and there is at least one). */
    public boolean allUsable() {
        return !devices.isEmpty() && devices.stream().allMatch(DeviceStatus::usable);
    }
}
