package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.idcard.SamIdCardReader;
import cn.egovkiosk.device.idcard.SamReaderSettings;
import cn.egovkiosk.device.receipt.EscPosReceiptPrinter;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.scanner.SerialCodeScanner;
import cn.egovkiosk.device.scanner.Terminator;
import cn.egovkiosk.device.scanner.TriggerMode;
import cn.egovkiosk.device.transport.ByteTransport;
import cn.egovkiosk.device.transport.Transports;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Makes drivers from configuration; knows each driver's options and their defaults. */
final class DeviceDrivers {

    static final String POLL_MS = "poll-ms";
    private static final Set<String> READER_OPTIONS = Set.of(POLL_MS, "link-latency-ms", "fingerprint",
            "appended-address");
    private static final Set<String> PRINTER_OPTIONS = Set.of(POLL_MS);
    private static final Set<String> SCANNER_OPTIONS = Set.of(POLL_MS, "prefix", "suffix", "terminator", "trigger",
            "charset", "duplicate-ms", "max-age-ms");

    private DeviceDrivers() {
    }

    /**
     * Checks driver, port and options without opening anything.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static void check(DeviceConfig config) {
        String expected = config.type().defaultDriver();
        if (!expected.equals(config.driver())) {
            throw new IllegalArgumentException("unknown driver '" + config.driver() + "' for " + config.type().key()
                    + ", expected " + expected);
        }
        Set<String> known = switch (config.type()) {
            case ID_CARD_READER -> READER_OPTIONS;
            case RECEIPT_PRINTER -> PRINTER_OPTIONS;
            case CODE_SCANNER -> SCANNER_OPTIONS;
        };
        for (String key : config.options().keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "', known: " + known);
            }
        }
        Transports.forPort(config.port(), config.baud());
        pollInterval(config);
        if (config.type() == DeviceType.CODE_SCANNER) {
            scannerSettings(config);
        }
        if (config.type() == DeviceType.ID_CARD_READER) {
            readerSettings(config);
        }
    }

    /** {@code fingerprint=true} reads with {@code 30 10}; {@code appended-address=false} skips {@code 30 03}. */
    static SamReaderSettings readerSettings(DeviceConfig config) {
        SamReaderSettings defaults = SamReaderSettings.defaults();
        return new SamReaderSettings(millis(config, "link-latency-ms", defaults.linkLatency()),
                flag(config, "fingerprint", defaults.readFingerprints()),
                flag(config, "appended-address", defaults.readAppendedAddress()));
    }

    /** @param deliverCodes whether a continuous scanner's codes go to data listeners (see {@link ScannerDevice}) */
    static ManagedDevice build(DeviceConfig config, boolean deliverCodes) {
        check(config);
        ByteTransport transport = Transports.forPort(config.port(), config.baud());
        Duration interval = pollInterval(config);
        return switch (config.type()) {
            case ID_CARD_READER -> new ReaderDevice(config,
                    new SamIdCardReader(config.name(), transport, readerSettings(config)), interval);
            case RECEIPT_PRINTER -> new PrinterDevice(config, new EscPosReceiptPrinter(config.name(), transport),
                    interval);
            case CODE_SCANNER -> new ScannerDevice(config,
                    new SerialCodeScanner(config.name(), transport, scannerSettings(config)), interval, deliverCodes);
        };
    }

    static ScannerSettings scannerSettings(DeviceConfig config) {
        return new ScannerSettings(config.options().getOrDefault("prefix", ""),
                config.options().getOrDefault("suffix", ""),
                config.option("terminator").map(Terminator::parse).orElse(null),
                config.option("trigger").map(TriggerMode::parse).orElse(null),
                config.option("charset").map(DeviceDrivers::charset).orElse(null),
                millis(config, "duplicate-ms", ScannerSettings.DEFAULT_DUPLICATE_WINDOW),
                millis(config, "max-age-ms", ScannerSettings.DEFAULT_MAX_CODE_AGE));
    }

    private static Duration pollInterval(DeviceConfig config) {
        Duration fallback = config.type() == DeviceType.RECEIPT_PRINTER ? Duration.ofSeconds(2)
                : Duration.ofMillis(250);
        Duration interval = millis(config, POLL_MS, fallback);
        if (interval.toMillis() < 10) {
            throw new IllegalArgumentException(POLL_MS + " must be at least 10");
        }
        return interval;
    }

    private static Duration millis(DeviceConfig config, String key, Duration fallback) {
        return config.option(key).map(text -> {
            try {
                long value = Long.parseLong(text);
                if (value >= 0) {
                    return Duration.ofMillis(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(key + " must be a number of milliseconds, got '" + text + "'");
        }).orElse(fallback);
    }

    private static boolean flag(DeviceConfig config, String key, boolean fallback) {
        return config.option(key).map(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, got '" + text + "'");
        }).orElse(fallback);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown charset '" + name + "'");
        }
    }
}
