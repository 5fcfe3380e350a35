package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/** A driver under the manager's care: checked (and thereby reconnected) on its own schedule. */
abstract class ManagedDevice implements Closeable {

    private final DeviceConfig config;
    private final Duration pollInterval;
    private final Closeable driver;

    ManagedDevice(DeviceConfig config, Duration pollInterval, Closeable driver) {
        this.config = config;
        this.pollInterval = pollInterval;
        this.driver = driver;
    }

    /** One health round: reaches the device, reopening its port when needed, and passes on any data. */
    abstract DeviceStatus check(DeviceDataListener events);

    /** The status as of the last check, without reaching the device. */
    abstract DeviceStatus currentStatus();

    final DeviceConfig config() {
        return config;
    }

    final String name() {
        return config.name();
    }

    /** How often {@link #check} runs. */
    final Duration pollInterval() {
        return pollInterval;
    }

    /** The driver itself, for callers that use it directly. */
    final Closeable driver() {
        return driver;
    }

    @Override
    public final void close() throws IOException {
        driver.close();
    }
}
