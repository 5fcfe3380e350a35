package cn.egovkiosk.device.status;

/** Media (paper) state of a printer. */
public enum MediaState {
    OK, LOW, OUT, UNKNOWN, NOT_APPLICABLE
}
