package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.transport.Transports;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which port each device class uses: a technician's local setting first, then {@code kiosk.devices.*}, then in demo
 * mode the simulator's line, else none.
 */
@Component
public class DevicePorts {

    /** The device classes connected through a port, in the order maintenance mode lists them. */
    public static final List<DeviceKind> PORT_DEVICES = List.of(DeviceKind.ID_CARD_READER, DeviceKind.RECEIPT_PRINTER,
            DeviceKind.CODE_SCANNER);

    private final KioskProperties.Devices devices;
    private final CodeScannerProperties scanner;
    private final SimulatedDevices simulated;
    private final LocalDeviceSettings local;

    DevicePorts(KioskProperties properties, CodeScannerProperties scanner, ObjectProvider<SimulatedDevices> simulated,
            LocalDeviceSettings local) {
        this.devices = properties.devices();
        this.scanner = scanner;
        this.simulated = simulated.getIfAvailable();
        this.local = local;
    }

    /** The setting in force for a device class. */
    public DeviceSetting effective(DeviceKind kind) {
        return local.of(kind).orElseGet(() -> configured(kind));
    }

    public List<DeviceSetting> effectiveAll() {
        return PORT_DEVICES.stream().map(this::effective).toList();
    }

    /** What applies without a local setting: the configuration, or the simulator in demo mode. */
    public DeviceSetting configured(DeviceKind kind) {
        return switch (kind) {
            case ID_CARD_READER -> choose(kind, devices.idReader().port(), devices.idReader().baud(),
                    simulatedPort(SimulatedDevices::readerPort));
            case RECEIPT_PRINTER -> choose(kind, devices.receiptPrinter().port(), devices.receiptPrinter().baud(),
                    simulatedPort(SimulatedDevices::printerPort));
            case CODE_SCANNER -> choose(kind, scanner.port(), scanner.baud(),
                    simulatedPort(SimulatedDevices::scannerPort));
            case DOCUMENT_PRINTER -> new DeviceSetting(kind, "", 0);
        };
    }

    /**
     * What is wrong with a port a technician typed, as a message key; empty when it can be used. An empty port is
     * fine: the device is not installed.
     */
    public static Optional<String> problem(String port, int baud) {
        if (baud <= 0) {
            return Optional.of("maintenance.port.bad-baud");
        }
        if (port == null || port.isBlank()) {
            return Optional.empty();
        }
        String spec = port.strip();
        if (!spec.regionMatches(true, 0, "tcp://", 0, 6) && !spec.startsWith("/") && !spec.matches("(?i)COM\\d+")) {
            return Optional.of("maintenance.port.bad-port");
        }
        try {
            Transports.forPort(spec, baud);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("maintenance.port.bad-port");
        }
    }

    private Optional<String> simulatedPort(java.util.function.Function<SimulatedDevices, Optional<String>> port) {
        return simulated == null ? Optional.empty() : port.apply(simulated);
    }

    private static DeviceSetting choose(DeviceKind kind, String port, int baud, Optional<String> simulatedPort) {
        if (port != null && !port.isBlank()) {
            return new DeviceSetting(kind, port.strip(), baud);
        }
        return new DeviceSetting(kind, simulatedPort.orElse(""), baud);
    }
}
