package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.status.MediaState;

/** The roll paper sensor byte a printer answers to DLE EOT 4 (devices.md §2.6). */
public final class PaperStatus {

    /** Paper present. */
    public static final byte OK = 0x12;
    /** Paper near its end. */
    public static final byte NEAR_END = 0x1E;
    /** No paper. */
    public static final byte OUT = 0x72;

    private PaperStatus() {
    }

    /** Bits 1 and 4 are fixed 1 and bits 0 and 7 fixed 0; any other byte is not a sensor answer. */
    public static MediaState fromSensorByte(byte answer) {
        if ((answer & 0x93) != 0x12) {
            return MediaState.UNKNOWN;
        }
        if ((answer & 0x60) != 0) {
            return MediaState.OUT;
        }
        return (answer & 0x0C) != 0 ? MediaState.LOW : MediaState.OK;
    }

    /** The byte a printer with this paper state answers. */
    public static byte sensorByte(MediaState paper) {
        return switch (paper) {
            case OUT -> OUT;
            case LOW -> NEAR_END;
            default -> OK;
        };
    }
}
