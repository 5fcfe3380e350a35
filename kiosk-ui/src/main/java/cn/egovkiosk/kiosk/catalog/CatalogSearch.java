package cn.egovkiosk.kiosk.catalog;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Service;

/**
 * The search index of the cached catalog, built once per catalog version: on first use, and again only after a sync
 * cached a new version. Screens search it instead of reading SQLite on every keystroke.
 */
@Service
public class CatalogSearch {

    private final CatalogCache cache;
    private final AtomicInteger builds = new AtomicInteger();
    private volatile CatalogIndex index;

    CatalogSearch(CatalogCache cache, CatalogSync sync) {
        this.cache = cache;
        sync.onUpdated(this::invalidate);
    }

    /** The index of the cached version. */
    public CatalogIndex index() {
        CatalogIndex current = index;
        if (current == null) {
            current = rebuild();
        }
        return current;
    }

    /** How many times an index was built, for tests that check it is built once per version. */
    int builds() {
        return builds.get();
    }

    // synchronized with rebuild: an index read from the old version is never kept after the new one was cached
    private synchronized void invalidate() {
        index = null;
    }

    private synchronized CatalogIndex rebuild() {
        if (index == null) {
            long version = cache.version().map(CatalogCache.CachedVersion::version).orElse(0L);
            index = new CatalogIndex(version, cache.items(), cache.packages(), cache.themes());
            builds.incrementAndGet();
        }
        return index;
    }
}
