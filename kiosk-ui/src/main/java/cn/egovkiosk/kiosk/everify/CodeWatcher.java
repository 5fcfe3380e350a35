package cn.egovkiosk.kiosk.everify;

import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.kiosk.device.DeviceWatcher;
import cn.egovkiosk.kiosk.device.KioskDevices;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the codes the scanner read, on the device thread, and hands each to whoever listens now (the identify screen,
 * maintenance's test scan). A code nobody listens for is dropped: a code shown to an idle kiosk must not identify the
 * next resident. Codes are never logged (they are identity tokens), only their length.
 */
@Component
public class CodeWatcher extends DeviceWatcher<String> {

    private static final Logger log = LoggerFactory.getLogger(CodeWatcher.class);
    private static final Duration PERIOD = Duration.ofMillis(200);

    private volatile boolean scannerAvailable = true;

    CodeWatcher(KioskDevices devices) {
        super(devices, PERIOD);
    }

    /** False when there is no scanner or it stopped answering. */
    public boolean scannerAvailable() {
        return devices.hasScanner() && scannerAvailable;
    }

    @Override
    protected void pollOnce() {
        if (!devices.hasScanner()) {
            return;
        }
        try {
            Optional<ScannedCode> code = devices.pollCode();
            if (!scannerAvailable) {
                log.info("code scanner answers again");
            }
            scannerAvailable = true;
            code.ifPresent(this::handOver);
        } catch (IOException e) {
            if (scannerAvailable) {
                log.warn("code scanner not available: {}", e.getClass().getSimpleName());
            }
            scannerAvailable = false;
        } catch (RuntimeException e) {
            // a driver bug must not end the polling schedule
            log.error("code scanner poll failed: {}", e.getClass().getName());
        }
    }

    private void handOver(ScannedCode code) {
        if (!hasListeners()) {
            log.debug("a code of {} characters arrived while nobody asked for one: dropped", code.text().length());
            return;
        }
        publish(code.text());
    }
}
