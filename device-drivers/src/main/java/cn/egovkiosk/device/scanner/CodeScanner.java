package cn.egovkiosk.device.scanner;

import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A barcode / QR code scanner (XFS4IoT class BarcodeReader, JavaPOS Scanner). Codes residents show are opaque,
 * short-lived tokens to forward to their issuer, never identity data to parse here (devices.md §3.4).
 */
public interface CodeScanner extends Closeable {

    /**
     * Waits for one code. A command-triggered scanner is started for this read and stopped when none came.
     *
     * @param timeout how long to wait; zero takes only a code that has already arrived
     * @return the code, empty when none came in time
     * @throws IOException when the scanner cannot be reached
     */
    Optional<ScannedCode> read(Duration timeout) throws IOException;

    /** The scanner's current status. */
    DeviceStatus status();
}
