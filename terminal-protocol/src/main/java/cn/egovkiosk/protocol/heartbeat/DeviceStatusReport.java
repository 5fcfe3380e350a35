package cn.egovkiosk.protocol.heartbeat;

import cn.egovkiosk.protocol.catalog.DeviceKind;

/**
 * One device's status in a heartbeat.
 *
 * @param name   the configured device name, e.g. {@code id-reader}
 * @param kind   the device class
 * @param state  the device state
 * @param media  the media state (paper), {@link MediaState#NOT_APPLICABLE} for devices without media
 * @param detail a short technical detail for technicians (never personal data), may be empty
 */
public record DeviceStatusReport(String name, DeviceKind kind, DeviceState state, MediaState media, String detail) {

    public DeviceStatusReport {
        detail = detail == null ? "" : detail;
        media = media == null ? MediaState.NOT_APPLICABLE : media;
    }

    /** Device states, after the XFS4IoT common device state. */
    public enum DeviceState {
        ONLINE, OFFLINE, NO_DEVICE, HARDWARE_ERROR, USER_ERROR, BUSY
    }

    /** Media (paper) state of a printer. */
    public enum MediaState {
        OK, LOW, OUT, UNKNOWN, NOT_APPLICABLE
    }
}
