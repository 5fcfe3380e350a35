package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.scanner.Terminator;
import cn.egovkiosk.device.scanner.TriggerMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The QR / barcode scanner residents show their e-ID code to, under {@code kiosk.devices.code-scanner}.
 *
 * @param port    serial path or {@code tcp://host:port}; empty = no scanner (in demo mode: the simulated one)
 * @param baud    serial speed (default 115200)
 * @param prefix  text the scanner puts before each code, removed (default none)
 * @param suffix  text the scanner puts after each code, removed (default none)
 * @param trigger CONTINUOUS (default: the scanner reads whatever is held in front of it) or HONEYWELL (started by a
 *                serial command)
 */
@ConfigurationProperties("kiosk.devices.code-scanner")
public record CodeScannerProperties(String port, @DefaultValue("115200") int baud, @DefaultValue("") String prefix,
        @DefaultValue("") String suffix, @DefaultValue("CONTINUOUS") TriggerMode trigger) {

    public boolean configured() {
        return port != null && !port.isBlank();
    }

    /** The driver's settings: CR LF lines (LF alone is accepted too), UTF-8 with the GB18030 fallback. */
    ScannerSettings settings() {
        return ScannerSettings.defaults().withAffixes(prefix, suffix, Terminator.CR_LF).withTrigger(trigger);
    }
}
