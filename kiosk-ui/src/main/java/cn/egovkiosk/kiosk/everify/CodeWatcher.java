package cn.egovkiosk.kiosk.everify;

import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.kiosk.device.DevicePoll;
import cn.egovkiosk.kiosk.device.KioskDevices;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes the codes the scanner read, on the device thread, and hands each to whoever listens now (the identify screen,
 * maintenance's test scan). A code nobody listens for is dropped: a code shown to an idle kiosk must not identify the
 * next resident. Codes are never logged (they are identity tokens), only their length.
 */
@Component
public class CodeWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CodeWatcher.class);
    private static final Duration PERIOD = Duration.ofMillis(200);

    private final KioskDevices devices;
    private final DevicePoll<String> poll;
    private volatile boolean scannerAvailable = true;

    CodeWatcher(KioskDevices devices) {
        this.devices = devices;
        this.poll = new DevicePoll<>(devices, PERIOD, this::pollOnce);
    }

    /** Listeners get each code's text on the device thread; UI code must hop over with {@code UI.access}. */
    public Registration subscribe(Consumer<String> listener) {
        return poll.subscribe(listener);
    }

    /** False when there is no scanner or it stopped answering. */
    public boolean scannerAvailable() {
        return devices.hasScanner() && scannerAvailable;
    }

    @Override
    public void start() {
        poll.start();
    }

    @Override
    public void stop() {
        poll.stop();
    }

    @Override
    public boolean isRunning() {
        return poll.isRunning();
    }

    private void pollOnce() {
        if (!devices.hasScanner()) {
            return;
        }
        try {
            Optional<ScannedCode> code = devices.pollCode();
            if (!scannerAvailable) {
                log.info("code scanner answers again");
            }
            scannerAvailable = true;
            code.ifPresent(this::publish);
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

    private void publish(ScannedCode code) {
        if (!poll.hasListeners()) {
            log.debug("a code of {} characters arrived while nobody asked for one: dropped", code.text().length());
            return;
        }
        poll.publish(code.text());
    }
}
