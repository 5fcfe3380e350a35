package cn.egovkiosk.device.scanner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * How a serial scanner is set up; vendor differences live here, not in code (devices.md §4.4).
 *
 * @param prefix          text the scanner puts before each code (e.g. an AIM id), removed when present; may be empty
 * @param suffix          text the scanner puts after each code, before the terminator, removed when present
 * @param terminator      what ends a code; CR LF and LF are both accepted whichever of the two is set
 * @param trigger         continuous, or started by a command
 * @param charset         the scanner's output encoding; UTF-8 (the default) falls back to GB18030 for bytes that
 *                        are not UTF-8, because many Chinese scanners send GBK
 * @param duplicateWindow in continuous mode, the same code again within this time is the same showing, dropped
 * @param maxCodeAge      in continuous mode, a code nobody asked for within this time is stale and dropped, so a code
 *                        shown to an idle kiosk is not taken by the next screen that asks
 */
public record ScannerSettings(String prefix, String suffix, Terminator terminator, TriggerMode trigger,
        Charset charset, Duration duplicateWindow, Duration maxCodeAge) {

    public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_CODE_AGE = Duration.ofSeconds(3);

    public ScannerSettings {
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        terminator = terminator == null ? Terminator.CR_LF : terminator;
        trigger = trigger == null ? TriggerMode.CONTINUOUS : trigger;
        charset = charset == null ? StandardCharsets.UTF_8 : charset;
        duplicateWindow = duplicateWindow == null ? DEFAULT_DUPLICATE_WINDOW : duplicateWindow;
        maxCodeAge = maxCodeAge == null ? DEFAULT_MAX_CODE_AGE : maxCodeAge;
        if (duplicateWindow.isNegative() || maxCodeAge.isNegative()) {
            throw new IllegalArgumentException("scanner durations must not be negative");
        }
    }

    /** No prefix or suffix, CR LF, continuous, UTF-8: the settings recommended in devices.md §3.1. */
    public static ScannerSettings defaults() {
        return new ScannerSettings("", "", Terminator.CR_LF, TriggerMode.CONTINUOUS, StandardCharsets.UTF_8, null,
                null);
    }

    public ScannerSettings withTrigger(TriggerMode mode) {
        return new ScannerSettings(prefix, suffix, terminator, Objects.requireNonNull(mode), charset, duplicateWindow,
                maxCodeAge);
    }

    public ScannerSettings withAffixes(String newPrefix, String newSuffix, Terminator newTerminator) {
        return new ScannerSettings(newPrefix, newSuffix, newTerminator, trigger, charset, duplicateWindow,
                maxCodeAge);
    }
}
