package cn.egovkiosk.device.manager;

import java.util.Arrays;
import java.util.Locale;

/** The device classes the manager can drive, with the driver and baud rate used when the configuration names none. */
public enum DeviceType {
    /** SAM resident-ID reader modules: 115200 8N1 (devices.md §1.1). */
    ID_CARD_READER("id-card-reader", "sam", 115200),
    /** ESC/POS receipt printers; 9600 is the common factory setting of serial models. */
    RECEIPT_PRINTER("receipt-printer", "escpos", 9600),
    /** Serial line scanners: 9600 8N1 is the most common default (devices.md §3.1). */
    CODE_SCANNER("code-scanner", "serial-line", 9600);

    private final String key;
    private final String defaultDriver;
    private final int defaultBaud;

    DeviceType(String key, String defaultDriver, int defaultBaud) {
        this.key = key;
        this.defaultDriver = defaultDriver;
        this.defaultBaud = defaultBaud;
    }

    /** The name used in configuration files, e.g. {@code id-card-reader}. */
    public String key() {
        return key;
    }

    public String defaultDriver() {
        return defaultDriver;
    }

    public int defaultBaud() {
        return defaultBaud;
    }

    /** From a configuration key such as {@code receipt-printer} (or the constant name, any case). */
    public static DeviceType parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(type -> type.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown device type '" + text.strip()
                        + "', expected one of " + Arrays.stream(values()).map(DeviceType::key).toList()));
    }
}
