package cn.egovkiosk.device.status;

/** Device states, after the XFS4IoT common device state. */
public enum DeviceState {
    /** Working and ready. */
    ONLINE,
    /** Configured but not answering (port gone, cable out, powered off). */
    OFFLINE,
    /** Not configured on this kiosk. */
    NO_DEVICE,
    /** The device reports a fault it cannot recover from by itself. */
    HARDWARE_ERROR,
    /** A person must act: paper out, cover open, card jammed. */
    USER_ERROR,
    /** Working on a command. */
    BUSY
}
