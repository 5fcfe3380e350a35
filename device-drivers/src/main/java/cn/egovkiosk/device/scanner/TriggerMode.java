package cn.egovkiosk.device.scanner;

import java.util.Locale;

/** How a serial scanner is made to read (devices.md §3.2: there is no common trigger protocol). */
public enum TriggerMode {
    /** The scanner reads whatever is shown (continuous / presentation mode) and sends each code unasked. */
    CONTINUOUS,
    /** Honeywell serial trigger: {@code SYN T CR} starts a read, {@code SYN U CR} stops it. */
    HONEYWELL;

    /** {@code continuous} or {@code honeywell}, any case. */
    public static TriggerMode parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "continuous" -> CONTINUOUS;
            case "honeywell", "command" -> HONEYWELL;
            default -> throw new IllegalArgumentException("trigger must be continuous or honeywell, got "
                    + text.strip());
        };
    }
}
