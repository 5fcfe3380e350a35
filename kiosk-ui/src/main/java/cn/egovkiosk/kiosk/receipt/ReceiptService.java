package cn.egovkiosk.kiosk.receipt;

import cn.egovkiosk.kiosk.device.KioskDevices;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Prints application receipts on the kiosk's receipt printer. */
@Service
public class ReceiptService {

    private static final Logger log = LoggerFactory.getLogger(ReceiptService.class);

    private final KioskDevices devices;
    private final ReceiptComposer composer;

    ReceiptService(KioskDevices devices, I18NProvider messages, Clock clock) {
        this.devices = devices;
        this.composer = new ReceiptComposer(messages, clock.getZone());
    }

    /** Completes with true once the printer took the receipt, false when there is no usable printer. */
    public CompletableFuture<Boolean> print(ReceiptContent content, Locale locale) {
        CompletableFuture<Boolean> printed;
        try {
            printed = devices.print(composer.compose(content, locale));
        } catch (RuntimeException e) {
            log.error("receipt could not be laid out: {}", e.getClass().getName());
            return CompletableFuture.completedFuture(false);
        }
        return printed.whenComplete((ok, failure) -> {
            if (!Boolean.TRUE.equals(ok)) {
                log.warn("receipt {} was not printed: no usable receipt printer", content.localReference());
            }
        });
    }
}
