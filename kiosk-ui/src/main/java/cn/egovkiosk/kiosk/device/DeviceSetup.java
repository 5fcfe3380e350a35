package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.idcard.IdCardReader;
import cn.egovkiosk.device.idcard.SamIdCardReader;
import cn.egovkiosk.device.receipt.EscPosReceiptPrinter;
import cn.egovkiosk.device.receipt.ReceiptPrinter;
import cn.egovkiosk.device.transport.ByteTransport;
import cn.egovkiosk.device.transport.Transports;
import cn.egovkiosk.kiosk.support.KioskProperties;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the kiosk's drivers from {@code kiosk.devices.*}: an explicit port wins, then a simulator, else none. */
@Configuration(proxyBeanMethods = false)
class DeviceSetup {

    private static final Logger log = LoggerFactory.getLogger(DeviceSetup.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "kiosk.devices", name = "simulated", havingValue = "true")
    SimulatedDevices simulatedDevices(KioskProperties properties) {
        return new SimulatedDevices(properties);
    }

    @Bean(destroyMethod = "close")
    KioskDevices kioskDevices(KioskProperties properties, DeviceThread thread,
            ObjectProvider<SimulatedDevices> simulated) {
        KioskProperties.Devices devices = properties.devices();
        Optional<SimulatedDevices> simulators = Optional.ofNullable(simulated.getIfAvailable());
        Optional<String> readerPort = port(devices.idReader(), simulators.flatMap(SimulatedDevices::readerPort));
        Optional<String> printerPort = port(devices.receiptPrinter(),
                simulators.flatMap(SimulatedDevices::printerPort));

        ConnectedDevice<IdCardReader> reader = readerPort.map(port -> {
            ByteTransport transport = Transports.forPort(port, devices.idReader().baud());
            return new ConnectedDevice<IdCardReader>(new SamIdCardReader(KioskDevices.ID_READER, transport),
                    IdCardReader::status);
        }).orElse(null);
        ConnectedDevice<ReceiptPrinter> printer = printerPort.map(port -> {
            ByteTransport transport = Transports.forPort(port, devices.receiptPrinter().baud());
            EscPosReceiptPrinter driver = new EscPosReceiptPrinter(KioskDevices.RECEIPT_PRINTER, transport);
            // asked, not remembered: paper running out between receipts must show before the next resident starts
            return new ConnectedDevice<ReceiptPrinter>(driver, unused -> driver.checkStatus());
        }).orElse(null);
        log.info("devices: ID card reader {}, receipt printer {}", readerPort.orElse("none"),
                printerPort.orElse("none"));
        return new KioskDevices(thread, reader, printer);
    }

    private static Optional<String> port(KioskProperties.Port configured, Optional<String> simulated) {
        return configured.configured() ? Optional.of(configured.port().strip()) : simulated;
    }
}
