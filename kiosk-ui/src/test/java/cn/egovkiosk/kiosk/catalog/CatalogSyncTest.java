package cn.egovkiosk.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.TestDatabase;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog sync over real HTTP into a real SQLite cache: conditional GET, 304, offline fallback, new versions. */
class CatalogSyncTest {

    @TempDir
    Path dataDir;

    private FakeAdminServer server;
    private TestDatabase database;
    private CatalogCache cache;

    @BeforeEach
    void start() throws Exception {
        server = FakeAdminServer.start();
        database = TestDatabase.in(dataDir);
        cache = new CatalogCache(database.jdbc(), database.transactions());
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void firstSyncCachesTheCatalogAndTheNextOneGets304() {
        CatalogSync sync = sync(server.url());

        assertThat(sync.syncNow()).isEqualTo(CatalogSync.Outcome.UPDATED);
        assertThat(cache.items()).extracting(CatalogItem::code)
                .containsExactlyElementsOf(server.catalog().items().stream().map(CatalogItem::code).toList());
        assertThat(cache.items().getFirst()).isEqualTo(server.catalog().items().getFirst());

        assertThat(sync.syncNow()).isEqualTo(CatalogSync.Outcome.UNCHANGED);
        String etag = "\"" + server.catalog().contentHash() + "\"";
        assertThat(server.catalogIfNoneMatch).containsExactly("", etag);
        assertThat(cache.version()).get().extracting(CatalogCache.CachedVersion::etag).isEqualTo(etag);
    }

    @Test
    void aNewVersionReplacesTheCacheWhole() {
        CatalogSync sync = sync(server.url());
        sync.syncNow();
        List<String> updates = new ArrayList<>();
        sync.onUpdated(() -> updates.add("updated"));
        CatalogSnapshot old = server.catalog();
        server.publishCatalog(new CatalogSnapshot(old.version() + 1, "a-new-hash", Instant.now(),
                List.of(old.items().get(1))));

        assertThat(sync.syncNow()).isEqualTo(CatalogSync.Outcome.UPDATED);
        assertThat(cache.items()).containsExactly(old.items().get(1));
        assertThat(cache.version()).get().extracting(CatalogCache.CachedVersion::version).isEqualTo(old.version() + 1);
        assertThat(updates).containsExactly("updated");
    }

    @Test
    void whenTheServerIsDownTheCachedCatalogIsStillServed() {
        CatalogSync sync = sync(server.url());
        sync.syncNow();
        List<CatalogItem> cached = cache.items();
        server.close();

        assertThat(sync.syncNow()).isEqualTo(CatalogSync.Outcome.FAILED);
        assertThat(cache.items()).isEqualTo(cached).isNotEmpty();
    }

    @Test
    void aWrongCredentialChangesNothing() {
        var stolen = TestDatabase.properties(dataDir, server.url(), "stolen");
        CatalogSync sync = new CatalogSync(new TerminalHttp(stolen), cache, Clock.systemUTC());

        assertThat(sync.syncNow()).isEqualTo(CatalogSync.Outcome.FAILED);
        assertThat(cache.items()).isEmpty();
        assertThat(cache.version()).isEmpty();
    }

    private CatalogSync sync(URI url) {
        return new CatalogSync(new TerminalHttp(TestDatabase.properties(dataDir, url)), cache, Clock.systemUTC());
    }
}
