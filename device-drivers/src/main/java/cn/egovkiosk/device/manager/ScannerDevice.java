package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.device.scanner.SerialCodeScanner;
import cn.egovkiosk.device.scanner.TriggerMode;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A serial scanner: each check reopens a lost port and takes in what arrived. Codes of a continuous scanner go to the
 * data listeners when {@code deliverCodes} is set; otherwise they wait for a caller's {@code read}. Triggered
 * scanners are only read on request.
 */
final class ScannerDevice implements ManagedDevice {

    private final DeviceConfig config;
    private final SerialCodeScanner scanner;
    private final Duration interval;
    private final boolean deliverCodes;

    ScannerDevice(DeviceConfig config, SerialCodeScanner scanner, Duration interval, boolean deliverCodes) {
        this.config = config;
        this.scanner = scanner;
        this.interval = interval;
        this.deliverCodes = deliverCodes && scanner.settings().trigger() == TriggerMode.CONTINUOUS;
    }

    @Override
    public DeviceConfig config() {
        return config;
    }

    @Override
    public Duration pollInterval() {
        return interval;
    }

    @Override
    public DeviceStatus check(DeviceDataListener events) {
        if (!deliverCodes) {
            return scanner.checkHealth();
        }
        try {
            Optional<ScannedCode> code = scanner.read(Duration.ZERO);
            while (code.isPresent()) {
                events.codeScanned(config.name(), code.get());
                code = scanner.read(Duration.ZERO);
            }
        } catch (IOException e) {
            // status set by the scanner; the next check reopens the port
        }
        return scanner.status();
    }

    @Override
    public DeviceStatus currentStatus() {
        return scanner.status();
    }

    @Override
    public Closeable driver() {
        return scanner;
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}
