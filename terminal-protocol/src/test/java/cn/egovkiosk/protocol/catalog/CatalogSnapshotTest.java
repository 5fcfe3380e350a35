package cn.egovkiosk.protocol.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import org.junit.jupiter.api.Test;

class CatalogSnapshotTest {

    private final CatalogSnapshot snapshot = ProtocolFixtures.read(ProtocolFixtures.CATALOG_SNAPSHOT,
            CatalogSnapshot.class);

    @Test
    void itemsCarryTheirGuideFormDataSourcesAndCertificate() {
        CatalogItem pension = snapshot.items().getFirst();
        CatalogItem record = snapshot.items().get(1);

        assertThat(pension.guide().materials()).extracting(GuideMaterial::sharingExempt).containsExactly(false, true);
        assertThat(pension.form()).extracting(FormField::prefill).containsExactly(FormField.PrefillSource.ID_CARD_NAME,
                FormField.PrefillSource.ID_CARD_NUMBER, FormField.PrefillSource.NONE);
        assertThat(pension.producesCertificate()).isFalse();
        assertThat(record.dataSources()).containsExactly(DataSource.SOCIAL_INSURANCE);
        assertThat(record.producesCertificate()).isTrue();
        assertThat(snapshot.packages().getFirst().itemCodes()).containsExactly(pension.code(), record.code());
        assertThat(snapshot.themes().getFirst().audience()).isEqualTo(CatalogTheme.Audience.PERSON);
    }

    @Test
    void aSnapshotFromAnOlderServerReadsWithEmptyGuidesAndNoPackages() {
        String old = """
                {"version": 1, "contentHash": "ab", "publishedAt": "2026-11-01T00:00:00Z", "items": [
                  {"code": "X1", "name": "测试", "department": "区局", "flags": ["SELF_SERVICE"], "requiredDevices": []}]}
                """;

        CatalogSnapshot read = ProtocolJson.mapper().readValue(old, CatalogSnapshot.class);

        assertThat(read.packages()).isEmpty();
        assertThat(read.themes()).isEmpty();
        assertThat(read.items().getFirst().guide()).isEqualTo(ServiceGuide.EMPTY);
        assertThat(read.items().getFirst().form()).isEmpty();
        assertThat(read.items().getFirst().certificateTemplate()).isEmpty();
    }
}
