package cn.egovkiosk.admin.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CatalogApiTest extends AdminServerTestSupport {

    @Test
    void theSeededCatalogIsPublishedAsVersionOneWithTheHashOfItsItemsAsETag() throws Exception {
        HttpResponse<String> response = demoKiosk().get(TerminalApi.CATALOG);

        assertThat(response.statusCode()).isEqualTo(200);
        CatalogSnapshot snapshot = TerminalClient.read(response, CatalogSnapshot.class);
        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot.items()).hasSize(292); // the kiosk-available items of the generated district catalog
        assertThat(snapshot.items().stream().map(CatalogItem::department).distinct()).hasSize(25);
        assertThat(snapshot.items()).allSatisfy(item -> assertThat(item.nameEn()).isNotBlank());
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ProtocolJson.mapper().writeValueAsBytes(snapshot.items())));
        assertThat(snapshot.contentHash()).isEqualTo(expectedHash);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + expectedHash + "\"");
    }

    @Test
    void theItemsOfTheProtocolFixtureAreInTheSeededCatalog() {
        CatalogSnapshot fixture = ProtocolFixtures.read(ProtocolFixtures.CATALOG_SNAPSHOT, CatalogSnapshot.class);

        CatalogSnapshot served = TerminalClient.read(demoKiosk().get(TerminalApi.CATALOG), CatalogSnapshot.class);

        assertThat(served.items()).containsAll(fixture.items());
    }

    @Test
    void aTerminalThatHasTheCurrentVersionGetsNotModified() {
        String etag = demoKiosk().get(TerminalApi.CATALOG).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> response = demoKiosk().get(TerminalApi.CATALOG, "If-None-Match", etag);

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aTerminalWithAnotherVersionGetsTheCatalog() {
        String fixtureHash = ProtocolFixtures.read(ProtocolFixtures.CATALOG_SNAPSHOT, CatalogSnapshot.class)
                .contentHash();

        HttpResponse<String> response = demoKiosk().get(TerminalApi.CATALOG, "If-None-Match", "\"" + fixtureHash + "\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TerminalClient.read(response, CatalogSnapshot.class).contentHash()).isNotEqualTo(fixtureHash);
    }
}
