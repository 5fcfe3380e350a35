package cn.egovkiosk.kiosk.device;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The A4 document printer (certificates, service guides), under {@code kiosk.devices.document-printer}.
 *
 * @param queue             the CUPS queue; empty = no A4 printer (in demo mode: the simulated one)
 * @param cupsServer        host:port of the CUPS scheduler; empty = the environment's (CUPS_SERVER or the local one)
 * @param jobTimeLimit      how long one job may take before it counts as stuck and is cancelled (default 60s)
 * @param simulatedPageTime demo mode: how long the simulated printer takes per page (default 1500ms)
 */
@ConfigurationProperties("kiosk.devices.document-printer")
public record DocumentPrinterProperties(String queue, String cupsServer, @DefaultValue("60s") Duration jobTimeLimit,
        @DefaultValue("1500ms") Duration simulatedPageTime) {

    public boolean configured() {
        return queue != null && !queue.isBlank();
    }
}
