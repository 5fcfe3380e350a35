package cn.egovkiosk.device.manager;

import cn.egovkiosk.device.status.DeviceStatus;
import java.io.Closeable;
import java.time.Duration;

/** A driver under the manager's care: checked (and thereby reconnected) on its own schedule. */
interface ManagedDevice extends Closeable {

    DeviceConfig config();

    /** How often {@link #check} runs. */
    Duration pollInterval();

    /** One health round: reaches the device, reopening its port when needed, and passes on any data. */
    DeviceStatus check(DeviceDataListener events);

    /** The status as of the last check, without reaching the device. */
    DeviceStatus currentStatus();

    /** The driver itself, for callers that use it directly. */
    Closeable driver();

    default String name() {
        return config().name();
    }
}
