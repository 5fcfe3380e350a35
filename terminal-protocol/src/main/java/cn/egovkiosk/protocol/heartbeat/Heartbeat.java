package cn.egovkiosk.protocol.heartbeat;

import java.time.Instant;
import java.util.List;

/**
 * What a terminal reports on every poll.
 *
 * @param softwareVersion    the kiosk software version
 * @param catalogContentHash content hash of the catalog version the kiosk runs, empty before the first sync
 * @param devices            the device status snapshot
 * @param outboxDepth        submissions accepted locally and not yet acknowledged by the server
 * @param sentAt             the kiosk's clock when it sent the heartbeat
 */
public record Heartbeat(String softwareVersion, String catalogContentHash, List<DeviceStatusReport> devices,
        int outboxDepth, Instant sentAt) {

    public Heartbeat {
        devices = List.copyOf(devices);
        catalogContentHash = catalogContentHash == null ? "" : catalogContentHash;
    }
}
