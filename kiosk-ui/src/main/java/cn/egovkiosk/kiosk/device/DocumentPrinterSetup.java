package cn.egovkiosk.kiosk.device;

import cn.egovkiosk.device.document.CupsClient;
import cn.egovkiosk.device.document.CupsDocumentPrinter;
import cn.egovkiosk.device.document.DocumentPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The A4 printer from {@code kiosk.devices.document-printer}: a configured CUPS queue wins, then the simulator. */
@Configuration(proxyBeanMethods = false)
class DocumentPrinterSetup {

    private static final Logger log = LoggerFactory.getLogger(DocumentPrinterSetup.class);

    @Bean(destroyMethod = "close")
    DocumentPrinterSlot documentPrinterSlot(DocumentPrinterProperties properties,
            ObjectProvider<SimulatedDevices> simulated) {
        DocumentPrinter printer = null;
        if (properties.configured()) {
            printer = new CupsDocumentPrinter(DocumentPrinterSlot.NAME, properties.queue().strip(),
                    new CupsClient(properties.cupsServer()), properties.jobTimeLimit(), status -> { });
            log.info("devices: A4 printer on CUPS queue {}", properties.queue().strip());
        } else {
            SimulatedDevices simulators = simulated.getIfAvailable();
            if (simulators != null) {
                printer = simulators.startDocumentPrinter(properties.simulatedPageTime());
                log.info("devices: simulated A4 printer, printed PDFs in {}",
                        simulators.documentPrinter().orElseThrow().outputDir());
            } else {
                log.info("devices: no A4 printer");
            }
        }
        return new DocumentPrinterSlot(printer);
    }
}
