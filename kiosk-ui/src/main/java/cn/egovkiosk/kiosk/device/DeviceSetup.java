package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.protocol.config.DeviceSetting;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the kiosk's drivers from the ports in force ({@link DevicePorts}: a technician's local setting, then
 * {@code kiosk.devices.*}, then a simulator in demo mode, else none). Demo mode is read from the properties when the
 * beans are created, not by a condition at start-up, because the kiosk runs on Spring AOT's bean graph, which is fixed
 * when the jar is built.
 */
@Configuration(proxyBeanMethods = false)
class DeviceSetup {

    private static final Logger log = LoggerFactory.getLogger(DeviceSetup.class);

    /** Null (no bean to inject) unless {@code kiosk.devices.simulated}. */
    @Bean(destroyMethod = "close")
    SimulatedDevices simulatedDevices(KioskProperties properties, CodeScannerProperties scanner) {
        return properties.devices().simulated() ? new SimulatedDevices(properties, scanner) : null;
    }

    @Bean(destroyMethod = "close")
    KioskDevices kioskDevices(DevicePorts ports, DeviceThread thread, CodeScannerProperties scanner) {
        List<DeviceSetting> settings = ports.effectiveAll();
        log.info("devices: {}", settings.stream()
                .map(setting -> setting.kind() + " " + (setting.port().isBlank() ? "none" : setting.port()))
                .collect(Collectors.joining(", ")));
        return new KioskDevices(thread, new DriverFactory(scanner.settings()), settings);
    }
}
