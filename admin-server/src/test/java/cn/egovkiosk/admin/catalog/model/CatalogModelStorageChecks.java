package cn.egovkiosk.admin.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.seed.DemoCatalog;
import cn.egovkiosk.admin.catalog.seed.DemoCatalogGenerator;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the storage tests check on either database: the migrations wrote the generated catalog exactly, and version
 * 1 carries its kiosk-available items. Run by a SQLite and a PostgreSQL test class.
 */
final class CatalogModelStorageChecks {

    private static final DemoCatalog GENERATED = DemoCatalogGenerator.district();

    private CatalogModelStorageChecks() {
    }

    static void theMigrationsWroteTheGeneratedCatalog(CatalogReader reader) {
        assertThat(reader.departments()).containsExactlyInAnyOrderElementsOf(GENERATED.departments());
        assertThat(reader.items()).containsExactlyInAnyOrderElementsOf(GENERATED.items());
        assertThat(reader.themes()).containsExactlyInAnyOrderElementsOf(GENERATED.themes());
        assertThat(reader.packages()).containsExactlyElementsOf(GENERATED.packages());
        GENERATED.forms().stream().limit(40).forEach(form -> assertThat(reader.form(form.code())).hasValue(form));
    }

    static void versionOneCarriesTheKioskItems(PublishedCatalog published) {
        List<CatalogItem> items = published.current().items();
        assertThat(items).hasSize(292);
        Supplier<java.util.stream.Stream<CatalogItem>> stream = items::stream;
        assertThat(stream.get().filter(i -> i.flags().contains(ItemFlag.SELF_SERVICE)).count()).isEqualTo(100);
        assertThat(stream.get().filter(i -> i.flags().contains(ItemFlag.INSTANT_APPROVAL)).count()).isEqualTo(65);
        assertThat(stream.get().filter(i -> i.flags().contains(ItemFlag.ID_CARD_ONLY)).count()).isEqualTo(34);
        assertThat(stream.get().filter(i -> i.flags().contains(ItemFlag.NO_CERTIFICATE_NEEDED)).count())
                .isEqualTo(179);
    }

    static void writingAnItemTwiceLeavesOneCopy(CatalogReader reader, CatalogWriter writer, JdbcClient jdbc) {
        ServiceItem item = GENERATED.kioskItems().get(20);
        writer.item(item);
        writer.item(item);
        assertThat(reader.item(item.code())).hasValue(item);
        assertThat(jdbc.sql("SELECT count(*) FROM item_material WHERE item_code = ?").param(item.code())
                .query(Long.class).single()).isEqualTo(item.materials().size());
    }
}
