package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.transport.ByteTransport;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

/**
 * A driver with the transport it runs over. The kiosk reopens the transport before each use, so a device that was
 * unplugged or not yet there at start comes back by itself.
 *
 * @param name      the configured name ({@code id-reader}, {@code receipt-printer})
 * @param driver    the driver
 * @param transport its byte transport
 * @param status    how to ask the driver for its status
 */
record ConnectedDevice<D extends Closeable>(String name, D driver, ByteTransport transport,
        Function<D, DeviceStatus> status) {

    /** Opens the transport if it is closed; true when it is open afterwards. */
    boolean ensureOpen() {
        if (transport.isOpen()) {
            return true;
        }
        try {
            transport.open();
            return transport.isOpen();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    DeviceStatus currentStatus() {
        if (!transport.isOpen()) {
            return new DeviceStatus(name, DeviceState.OFFLINE, null, transport.describe() + " not open", Instant.now());
        }
        return status.apply(driver);
    }

    void close() {
        try {
            driver.close();
        } catch (IOException | RuntimeException e) {
            // shutting down: nothing left to do with a failing device
        }
    }
}
