package cn.egovkiosk.admin.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Changes the catalog, so it runs in a context of its own, closed afterwards. */
@TestPropertySource(properties = "admin.polling.interval=61s")
@DirtiesContext
class CatalogPublicationTest extends AdminServerTestSupport {

    @Autowired
    PublishedCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publishingUnchangedItemsKeepsTheVersion() {
        CatalogSnapshot before = catalog.current();
        long versions = versionCount();

        assertThat(catalog.publishCurrentItems()).isEqualTo(before);
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void anEditedItemIsPublishedAsANewVersionWithANewETag() {
        long before = catalog.current().version();
        String oldEtag = demoKiosk().get(TerminalApi.CATALOG).headers().firstValue("ETag").orElseThrow();
        jdbc.sql("UPDATE catalog_item SET name = name || '（试点）' WHERE display_order = 10").update();

        CatalogSnapshot published = catalog.publishCurrentItems();

        HttpResponse<String> response = demoKiosk().get(TerminalApi.CATALOG, "If-None-Match", oldEtag);
        assertThat(response.statusCode()).isEqualTo(200);
        CatalogSnapshot served = TerminalClient.read(response, CatalogSnapshot.class);
        assertThat(served.version()).isEqualTo(before + 1).isEqualTo(published.version());
        assertThat(served.items().getFirst().name()).endsWith("（试点）");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + published.contentHash() + "\"")
                .isNotEqualTo(oldEtag);
    }

    private long versionCount() {
        return jdbc.sql("SELECT count(*) FROM catalog_version").query(Long.class).single();
    }

    @Test
    void theCatalogIsServedFromMemoryWithoutTheDatabase() {
        String etag = demoKiosk().get(TerminalApi.CATALOG).headers().firstValue("ETag").orElseThrow();
        jdbc.sql("ALTER TABLE catalog_version RENAME TO catalog_version_away").update();
        jdbc.sql("ALTER TABLE catalog_item RENAME TO catalog_item_away").update();
        try {
            assertThat(demoKiosk().get(TerminalApi.CATALOG, "If-None-Match", etag).statusCode()).isEqualTo(304);
            HttpResponse<String> full = demoKiosk().get(TerminalApi.CATALOG);
            assertThat(full.statusCode()).isEqualTo(200);
            assertThat(full.headers().firstValue("ETag")).hasValue(etag);
        } finally {
            jdbc.sql("ALTER TABLE catalog_version_away RENAME TO catalog_version").update();
            jdbc.sql("ALTER TABLE catalog_item_away RENAME TO catalog_item").update();
        }
    }
}
