package cn.egovkiosk.protocol.config;

import cn.egovkiosk.protocol.catalog.DeviceKind;

/**
 * How one device of a kiosk is connected.
 *
 * @param kind the device class
 * @param port a serial device path ({@code /dev/ttyUSB0}) or {@code tcp://host:port}; empty = not installed
 * @param baud serial speed, e.g. 115200 (ignored for TCP)
 */
public record DeviceSetting(DeviceKind kind, String port, int baud) {

    public DeviceSetting {
        port = port == null ? "" : port;
    }
}
