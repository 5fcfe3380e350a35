package cn.egovkiosk.protocol.heartbeat;

import cn.egovkiosk.protocol.config.DeviceSetting;
import java.time.Instant;
import java.util.List;

/**
 * What a terminal reports on every poll.
 *
 * @param softwareVersion     the kiosk software version
 * @param catalogContentHash  content hash of the catalog version the kiosk runs, empty before the first sync
 * @param devices             the device status snapshot
 * @param outboxDepth         submissions accepted locally and not yet acknowledged by the server
 * @param sentAt              the kiosk's clock when it sent the heartbeat
 * @param catalogFailure      why the kiosk could not apply the newest catalog version it fetched (its content hash
 *                            and the reason, no personal data), empty when it applied it; staged rollouts pause on it
 * @param localDeviceSettings device ports a technician set in maintenance mode on this kiosk, which override the
 *                            server's configuration there; empty when none
 */
public record Heartbeat(String softwareVersion, String catalogContentHash, List<DeviceStatusReport> devices,
        int outboxDepth, Instant sentAt, String catalogFailure, List<DeviceSetting> localDeviceSettings) {

    public Heartbeat {
        devices = List.copyOf(devices);
        catalogContentHash = catalogContentHash == null ? "" : catalogContentHash;
        catalogFailure = catalogFailure == null ? "" : catalogFailure;
        localDeviceSettings = localDeviceSettings == null ? List.of() : List.copyOf(localDeviceSettings);
    }

    /** A heartbeat of a kiosk that applied its catalog and has no local device settings. */
    public Heartbeat(String softwareVersion, String catalogContentHash, List<DeviceStatusReport> devices,
            int outboxDepth, Instant sentAt) {
        this(softwareVersion, catalogContentHash, devices, outboxDepth, sentAt, "", List.of());
    }
}
