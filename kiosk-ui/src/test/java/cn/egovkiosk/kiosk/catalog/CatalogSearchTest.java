package cn.egovkiosk.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.TestDatabase;
import cn.egovkiosk.kiosk.support.TerminalHttp;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index follows the cached catalog: built once per version, rebuilt when a sync brings a new one. */
class CatalogSearchTest {

    @TempDir
    Path dataDir;

    @Test
    void theIndexIsBuiltOncePerCatalogVersion() throws Exception {
        try (FakeAdminServer server = FakeAdminServer.start(); TestDatabase database = TestDatabase.in(dataDir)) {
            CatalogCache cache = new CatalogCache(database.jdbc(), database.transactions());
            CatalogSync sync = new CatalogSync(new TerminalHttp(TestDatabase.properties(dataDir, server.url())), cache,
                    Clock.systemUTC());
            CatalogSearch search = new CatalogSearch(cache, sync);
            sync.syncNow();

            CatalogIndex first = search.index();
            assertThat(search.index()).isSameAs(first);
            sync.syncNow(); // 304: same version, same index
            assertThat(search.index()).isSameAs(first);
            assertThat(search.builds()).isEqualTo(1);

            CatalogSnapshot original = server.catalog();
            List<CatalogItem> items = new ArrayList<>(original.items());
            items.add(new CatalogItem("NEW-1", "社保缴费", "", "区税务局", "", Set.of(), Set.of()));
            server.publishCatalog(new CatalogSnapshot(original.version() + 1, "new-hash", Instant.now(), items));
            sync.syncNow();

            CatalogIndex second = search.index();
            assertThat(second.version()).isEqualTo(original.version() + 1);
            assertThat(second.search(CatalogQuery.ALL.withText("sbjf")).getFirst().code()).isEqualTo("NEW-1");
            assertThat(search.builds()).isEqualTo(2);
        }
    }
}
