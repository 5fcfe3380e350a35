package cn.egovkiosk.device.receipt;

import cn.egovkiosk.device.status.MediaState;

/**
 * The one-byte answers to the real-time status requests DLE EOT n (devices.md §2.6). Every answer has bits 1 and 4
 * set and bits 0 and 7 clear; a byte that does not is not a status answer.
 */
public final class RealtimeStatus {

    /** DLE EOT 1 (printer), DLE EOT 2 (offline cause), DLE EOT 4 (roll paper sensor): three answers in this order. */
    static final byte[] REQUEST = {0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04};

    /** An answer with no condition set. */
    public static final byte NOTHING_TO_REPORT = 0x12;
    /** DLE EOT 4: paper near its end. */
    public static final byte PAPER_NEAR_END = 0x1E;
    /** DLE EOT 4: no paper. */
    public static final byte PAPER_OUT = 0x72;

    private static final int COVER_OPEN = 0x04;
    private static final int STOPPED_BY_PAPER_END = 0x20;
    private static final int ERROR = 0x40;
    private static final int OFFLINE = 0x08;

    private RealtimeStatus() {
    }

    public static boolean isStatusAnswer(byte answer) {
        return (answer & 0x93) == 0x12;
    }

    /** The paper state in a DLE EOT 4 answer. */
    public static MediaState paper(byte sensor) {
        if (!isStatusAnswer(sensor)) {
            return MediaState.UNKNOWN;
        }
        if ((sensor & 0x60) != 0) {
            return MediaState.OUT;
        }
        return (sensor & 0x0C) != 0 ? MediaState.LOW : MediaState.OK;
    }

    /** The DLE EOT 4 answer of a printer with this paper state. */
    public static byte paperAnswer(MediaState paper) {
        return switch (paper) {
            case OUT -> PAPER_OUT;
            case LOW -> PAPER_NEAR_END;
            default -> NOTHING_TO_REPORT;
        };
    }

    /** The DLE EOT 2 answer of a printer in this condition. */
    public static byte offlineCauseAnswer(boolean coverOpen, boolean paperOut, boolean error) {
        return (byte) (NOTHING_TO_REPORT | (coverOpen ? COVER_OPEN : 0) | (paperOut ? STOPPED_BY_PAPER_END : 0)
                | (error ? ERROR : 0));
    }

    /** The DLE EOT 1 answer: offline while the cover is open or the paper is out. */
    public static byte printerAnswer(boolean offline) {
        return (byte) (NOTHING_TO_REPORT | (offline ? OFFLINE : 0));
    }

    static boolean offline(byte printerStatus) {
        return (printerStatus & OFFLINE) != 0;
    }

    static boolean coverOpen(byte offlineCause) {
        return (offlineCause & COVER_OPEN) != 0;
    }

    static boolean errorOccurred(byte offlineCause) {
        return (offlineCause & ERROR) != 0;
    }
}
