package cn.egovkiosk.kiosk.maintenance;

import cn.egovkiosk.kiosk.device.DeviceHealth;
import cn.egovkiosk.kiosk.device.DevicePorts;
import cn.egovkiosk.kiosk.device.KioskDevices;
import cn.egovkiosk.kiosk.device.LocalDeviceSettings;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A technician's port settings: checked, stored locally (they survive restarts and go out with every heartbeat), then
 * applied to the running drivers at once, without a restart: the old driver is closed on the device thread and a new
 * one opened on the new port.
 */
@Service
public class PortConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PortConfiguration.class);

    private final DevicePorts ports;
    private final LocalDeviceSettings local;
    private final KioskDevices devices;
    private final DeviceHealth health;

    PortConfiguration(DevicePorts ports, LocalDeviceSettings local, KioskDevices devices, DeviceHealth health) {
        this.ports = ports;
        this.local = local;
        this.devices = devices;
        this.health = health;
    }

    /** The setting in force and whether it is a local one. */
    public DeviceSetting effective(DeviceKind kind) {
        return ports.effective(kind);
    }

    public boolean isLocal(DeviceKind kind) {
        return local.of(kind).isPresent();
    }

    /**
     * Stores and applies a port; an empty port means the device is not installed.
     *
     * @return the message key of the problem, empty when it was applied
     */
    public Optional<String> apply(DeviceKind kind, String port, int baud) {
        Optional<String> problem = DevicePorts.problem(port, baud);
        if (problem.isPresent()) {
            return problem;
        }
        DeviceSetting setting = new DeviceSetting(kind, port == null ? "" : port.strip(), baud);
        local.save(setting);
        return reconnect(setting);
    }

    /** Forgets the local setting: the configured port (or the demo simulator) applies again. */
    public Optional<String> reset(DeviceKind kind) {
        local.forget(kind);
        return reconnect(ports.configured(kind));
    }

    private Optional<String> reconnect(DeviceSetting setting) {
        try {
            devices.reconnect(setting).get(10, TimeUnit.SECONDS);
            health.refresh();
            return Optional.empty();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.error("{} could not be connected to the new port: {}", setting.kind(), e.getClass().getName());
            return Optional.of("maintenance.port.not-applied");
        }
    }
}
