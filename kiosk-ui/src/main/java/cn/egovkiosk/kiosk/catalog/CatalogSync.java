package cn.egovkiosk.kiosk.catalog;

import cn.egovkiosk.kiosk.support.ServerReachability;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Fetches the catalog targeted at this kiosk into the cache. Conditional GET: the cached ETag goes out as
 * If-None-Match, so an unchanged catalog costs a 304. Any failure leaves the cache as it was.
 */
@Service
public class CatalogSync {

    private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);

    private final TerminalHttp http;
    private final CatalogCache cache;
    private final Clock clock;
    private final ServerReachability reachability;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private CatalogHealth health = new CatalogHealth();

    public CatalogSync(TerminalHttp http, CatalogCache cache, Clock clock) {
        this(http, cache, clock, new ServerReachability());
    }

    @Autowired
    public CatalogSync(TerminalHttp http, CatalogCache cache, Clock clock, ServerReachability reachability) {
        this.http = http;
        this.cache = cache;
        this.clock = clock;
        this.reachability = reachability;
    }

    /** Where a fetched catalog that cannot be applied is reported (for the heartbeat). */
    @Autowired
    void reportTo(CatalogHealth catalogHealth) {
        this.health = catalogHealth;
    }

    /** Called on the polling thread after a new catalog version was cached. */
    public Registration onUpdated(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** One poll; never throws, so a scheduler keeps calling it. */
    public synchronized Outcome syncNow() {
        Outcome outcome = poll();
        if (outcome == Outcome.FAILED) {
            reachability.unreachable();
        } else {
            reachability.reached();
        }
        return outcome;
    }

    private Outcome poll() {
        try {
            String etag = cache.version().map(CatalogCache.CachedVersion::etag).orElse(null);
            HttpResponse<byte[]> response = http.get(TerminalApi.CATALOG,
                    etag == null ? Map.of() : Map.of("If-None-Match", etag));
            return switch (response.statusCode()) {
                case 200 -> store(response);
                case 304 -> {
                    cache.confirmed(clock.instant());
                    health.applied(); // the kiosk runs what the server targets
                    yield Outcome.UNCHANGED;
                }
                default -> {
                    log.warn("catalog sync: server answered {}; serving the cached catalog", response.statusCode());
                    yield Outcome.FAILED;
                }
            };
        } catch (IOException | RuntimeException e) {
            log.warn("catalog sync: {} unreachable or answered badly ({}); serving the cached catalog",
                    http.baseUrl(), e.toString());
            return Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }

    private Outcome store(HttpResponse<byte[]> response) {
        String etag = response.headers().firstValue("ETag").orElse(null);
        CatalogSnapshot snapshot;
        try {
            snapshot = TerminalHttp.read(response, CatalogSnapshot.class);
            cache.replace(snapshot, etag, clock.instant());
        } catch (RuntimeException e) {
            // the server answered, the kiosk could not use it: that is reported, not "unreachable"
            health.failed(etag == null ? "" : etag.replace("\"", ""), e.getClass().getSimpleName());
            log.error("catalog sync: the fetched catalog cannot be applied ({}); serving the cached catalog",
                    e.getClass().getName());
            return Outcome.UNCHANGED;
        }
        health.applied();
        log.info("catalog sync: version {} with {} items cached", snapshot.version(), snapshot.items().size());
        listeners.forEach(Runnable::run);
        return Outcome.UPDATED;
    }

    /** What a poll did. */
    public enum Outcome {
        UPDATED, UNCHANGED, FAILED
    }
}
