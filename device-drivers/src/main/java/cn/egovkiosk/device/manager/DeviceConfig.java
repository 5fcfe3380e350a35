package cn.egovkiosk.device.manager;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured device.
 *
 * @param name    the device's name on this kiosk, e.g. {@code id-reader}; the status board key
 * @param type    the device class
 * @param driver  the driver, e.g. {@code sam}, {@code escpos}, {@code serial-line}
 * @param port    a serial port path or {@code tcp://host:port}
 * @param baud    the line speed
 * @param options driver options, e.g. {@code trigger=honeywell}, {@code poll-ms=250}
 */
public record DeviceConfig(String name, DeviceType type, String driver, String port, int baud,
        Map<String, String> options) {

    public DeviceConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        driver = driver == null || driver.isBlank() ? type.defaultDriver() : driver.strip();
        Objects.requireNonNull(port, "port");
        baud = baud <= 0 ? type.defaultBaud() : baud;
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    /** A device with the type's default driver and baud rate and no options. */
    public static DeviceConfig of(String name, DeviceType type, String port) {
        return new DeviceConfig(name, type, null, port, 0, Map.of());
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
