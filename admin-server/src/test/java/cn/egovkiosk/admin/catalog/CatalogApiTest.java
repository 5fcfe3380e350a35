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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CatalogApiTest extends AdminServerTestSupport {

    private static final Function<CatalogItem, List<Object>> KIOSK_FACTS = item -> List.of(item.code(), item.name(),
            item.flags(), item.requiredDevices(), item.dataSources(), item.certificateTemplate());

    @Test
    void theSeededCatalogIsPublishedAsVersionOneWithTheHashOfItsItemsAsETag() throws Exception {
        HttpResponse<String> response = demoKiosk().get(TerminalApi.CATALOG);

        assertThat(response.statusCode()).isEqualTo(200);
        CatalogSnapshot snapshot = TerminalClient.read(response, CatalogSnapshot.class);
        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot.items()).hasSize(292); // the kiosk-available items of the generated district catalog
        assertThat(snapshot.items().stream().map(CatalogItem::department).distinct()).hasSize(25);
        assertThat(snapshot.items()).allSatisfy(item -> assertThat(item.nameEn()).isNotBlank());
        assertThat(snapshot.packages()).hasSize(35);
        assertThat(snapshot.themes()).isNotEmpty();
        // with packages and themes the hash covers all three (CatalogContentHash)
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("items", snapshot.items());
        content.put("packages", snapshot.packages());
        content.put("themes", snapshot.themes());
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(ProtocolJson.mapper().writeValueAsBytes(content)));
        assertThat(snapshot.contentHash()).isEqualTo(expectedHash);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + expectedHash + "\"");
    }

    @Test
    void theItemsOfTheProtocolFixtureAreInTheSeededCatalog() {
        CatalogSnapshot fixture = ProtocolFixtures.read(ProtocolFixtures.CATALOG_SNAPSHOT, CatalogSnapshot.class);

        CatalogSnapshot served = TerminalClient.read(demoKiosk().get(TerminalApi.CATALOG), CatalogSnapshot.class);

        // guides and forms come from the generator; what the fixture fixes is who the items are and what they read
        assertThat(served.items()).extracting(KIOSK_FACTS).containsAll(fixture.items().stream().map(KIOSK_FACTS)
                .toList());
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
