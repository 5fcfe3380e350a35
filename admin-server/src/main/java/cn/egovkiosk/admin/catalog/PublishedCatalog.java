package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The catalog version terminals get. It is kept in memory: every terminal polls it, mostly to hear "not modified",
 * and that answer must not cost a database round trip. A fresh database gets its seeded items published as
 * version 1 at start. Another server instance on the same database may publish too: every
 * {@code admin.catalog.refresh-interval} this one compares the latest stored hash with its own and reloads.
 */
@Service
@DependsOnDatabaseInitialization
public class PublishedCatalog {

    private static final Logger log = LoggerFactory.getLogger(PublishedCatalog.class);

    private final CatalogRepository repository;
    private final Clock clock;
    private final AtomicReference<CatalogSnapshot> current = new AtomicReference<>();

    PublishedCatalog(CatalogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        current.set(repository.latestVersion().orElseGet(this::publishCurrentItems));
        log.info("Serving catalog version {} ({})", current.get().version(), current.get().contentHash());
    }

    /** The published version terminals are to run. */
    public CatalogSnapshot current() {
        return current.get();
    }

    /** Whether the item was ever in the catalog: an outbox may forward a submission for an item since retired. */
    public boolean isKnownItem(String itemCode) {
        return itemCode != null && repository.itemExists(itemCode);
    }

    /**
     * Publishes the items as they are now edited as a new version, unless their content equals the latest version.
     *
     * @return the version terminals get from now on
     */
    public synchronized CatalogSnapshot publishCurrentItems() {
        List<CatalogItem> items = repository.currentItems();
        String hash = CatalogContentHash.of(items);
        CatalogSnapshot latest = repository.latestVersion().orElse(null);
        if (latest != null && latest.contentHash().equals(hash)) {
            return latest;
        }
        CatalogSnapshot published = new CatalogSnapshot(latest == null ? 1 : latest.version() + 1, hash,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), items);
        try {
            repository.saveVersion(published);
        } catch (DuplicateKeyException e) {
            // another instance published this version number first; theirs is the one that counts
            refresh();
            return current.get();
        }
        current.set(published);
        return published;
    }

    /** Picks up a version another server instance published. */
    @Scheduled(fixedDelayString = "${admin.catalog.refresh-interval:5s}")
    public void refresh() {
        String latest;
        try {
            latest = repository.latestContentHash().orElse(null);
        } catch (DataAccessException e) {
            log.warn("Could not check for a newer catalog version; serving version {}", current.get().version(), e);
            return;
        }
        if (latest != null && !latest.equals(current.get().contentHash())) {
            repository.latestVersion().ifPresent(snapshot -> {
                current.set(snapshot);
                log.info("Serving catalog version {} ({}), published elsewhere", snapshot.version(),
                        snapshot.contentHash());
            });
        }
    }
}
