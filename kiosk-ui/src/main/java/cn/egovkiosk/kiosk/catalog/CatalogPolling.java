package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.KioskTimers;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Syncs the catalog at start and then every {@code kiosk.sync.catalog-interval}. */
@Component
class CatalogPolling {

    private final CatalogSync sync;
    private final KioskTimers timers;
    private final Duration interval;

    CatalogPolling(CatalogSync sync, KioskTimers timers, KioskProperties properties) {
        this.sync = sync;
        this.timers = timers;
        this.interval = properties.sync().catalogInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timers.every(Duration.ZERO, interval, sync::syncNow);
    }
}
