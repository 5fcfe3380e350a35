package cn.egovkiosk.device.status;

import java.time.Instant;

/**
 * One device's status at one moment. {@code detail} is for technicians and never holds personal data.
 *
 * @param name   the configured device name, e.g. {@code id-reader}
 * @param state  the device state
 * @param media  the media state, {@link MediaState#NOT_APPLICABLE} for devices without media
 * @param detail a short technical detail, may be empty
 * @param since  when the device entered this state
 */
public record DeviceStatus(String name, DeviceState state, MediaState media, String detail, Instant since) {

    public DeviceStatus {
        media = media == null ? MediaState.NOT_APPLICABLE : media;
        detail = detail == null ? "" : detail;
    }

    /** True when the device can take a command now. */
    public boolean usable() {
        return state == DeviceState.ONLINE && media != MediaState.OUT;
    }
}
