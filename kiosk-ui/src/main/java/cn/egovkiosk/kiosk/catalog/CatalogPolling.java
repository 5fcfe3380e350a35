package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.kiosk.support.KioskTimers;
import java.time.Duration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Syncs the catalog at start and then every {@code kiosk.sync.catalog-interval}; after a failed poll sooner, so a
 * kiosk that started before the admin server does not show an empty home screen for a whole interval. As soon as the
 * beans exist (before the web server and Vaadin start) it builds the search index of the cached catalog in the
 * background, so the first home screen finds it built (with the pinyin tables it loads) instead of building it in the
 * request; a screen asking meanwhile waits for that one build.
 */
@Component
class CatalogPolling implements SmartInitializingSingleton {

    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(15);

    private final CatalogSync sync;
    private final CatalogSearch search;
    private final KioskTimers timers;
    private final Duration interval;

    CatalogPolling(CatalogSync sync, CatalogSearch search, KioskTimers timers, KioskProperties properties) {
        this.sync = sync;
        this.search = search;
        this.timers = timers;
        this.interval = properties.sync().catalogInterval();
    }

    @Override
    public void afterSingletonsInstantiated() {
        timers.after(Duration.ZERO, search::index);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timers.after(Duration.ZERO, this::poll);
    }

    private void poll() {
        CatalogSync.Outcome outcome = CatalogSync.Outcome.FAILED;
        try {
            outcome = sync.syncNow();
        } finally {
            boolean failed = outcome == CatalogSync.Outcome.FAILED;
            timers.after(failed && RETRY_AFTER_FAILURE.compareTo(interval) < 0 ? RETRY_AFTER_FAILURE : interval,
                    this::poll);
        }
    }
}
