package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.io.IOException;
import java.util.function.Function;

/**
 * A driver and how to ask it for its status (the device interfaces share no status type). The drivers (re)open their
 * transport on use, so a device that was unplugged or not yet there at start comes back by itself.
 *
 * @param driver the driver
 * @param status how to ask the driver for its status
 */
record ConnectedDevice<D extends Closeable>(D driver, Function<D, DeviceStatus> status) {

    DeviceStatus currentStatus() {
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
