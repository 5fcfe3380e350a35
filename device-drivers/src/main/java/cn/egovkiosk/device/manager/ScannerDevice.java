package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.device.scanner.SerialCodeScanner;
import cn.egovkiosk.device.scanner.TriggerMode;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A serial scanner: each check reopens a lost port and takes in what arrived. Codes of a continuous scanner go to the
 * data listeners when {@code deliverCodes} is set; otherwise they wait for a caller's {@code read}. Triggered
 * scanners are only read on request.
 */
final class ScannerDevice extends ManagedDevice {

    private final SerialCodeScanner scanner;
    private final boolean deliverCodes;

    ScannerDevice(DeviceConfig config, SerialCodeScanner scanner, Duration interval, boolean deliverCodes) {
        super(config, interval, scanner);
        this.scanner = scanner;
        this.deliverCodes = deliverCodes && scanner.settings().trigger() == TriggerMode.CONTINUOUS;
    }

    @Override
    DeviceStatus check(DeviceDataListener events) {
        if (!deliverCodes) {
            return scanner.checkHealth();
        }
        try {
            for (Optional<ScannedCode> code = scanner.read(Duration.ZERO); code.isPresent();
                    code = scanner.read(Duration.ZERO)) {
                events.codeScanned(name(), code.get());
            }
        } catch (IOException e) {
            // status set by the scanner; the next check reopens the port
        }
        return scanner.status();
    }

    @Override
    DeviceStatus currentStatus() {
        return scanner.status();
    }
}
