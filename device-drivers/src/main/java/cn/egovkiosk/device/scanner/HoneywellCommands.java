package cn.egovkiosk.device.scanner;

import java.nio.charset.StandardCharsets;

/** Honeywell serial commands (devices.md §3.2): trigger, stop, and menu queries {@code SYN M CR <tag>?.}. */
public final class HoneywellCommands {

    static final byte SYN = 0x16;
    static final byte ACK = 0x06;
    /** {@code SYN T CR}: start a read. */
    public static final byte[] TRIGGER = {SYN, 'T', '\r'};
    /** {@code SYN U CR}: stop reading. */
    public static final byte[] STOP = {SYN, 'U', '\r'};
    /** The menu tag of the trigger mode; TRGMOD0 is manual/serial trigger. */
    public static final String TRIGGER_MODE_TAG = "TRGMOD";
    private static final byte[] MENU = {SYN, 'M', '\r'};

    private HoneywellCommands() {
    }

    /** A menu query, e.g. {@code query("TRGMOD")} asks for the trigger mode. */
    public static byte[] query(String tag) {
        byte[] body = (tag + "?.").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[MENU.length + body.length];
        System.arraycopy(MENU, 0, frame, 0, MENU.length);
        System.arraycopy(body, 0, frame, MENU.length, body.length);
        return frame;
    }

    /** The answer to a query: the tag with its value, ACK and a full stop. */
    public static byte[] answer(String tagWithValue) {
        byte[] body = tagWithValue.getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[body.length + 2];
        System.arraycopy(body, 0, frame, 0, body.length);
        frame[body.length] = ACK;
        frame[body.length + 1] = '.';
        return frame;
    }
}
