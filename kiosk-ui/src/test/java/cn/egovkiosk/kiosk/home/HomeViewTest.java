package cn.egovkiosk.kiosk.home;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home screen shows the cached catalog as tiles and picks up a new version while it is shown. */
class HomeViewTest extends SimulatedKioskTest {

    @Autowired
    CatalogSync sync;

    @Test
    void everyCachedItemIsATileInCatalogOrder() {
        List<String> tileIds = LocatorJ._find(Div.class, spec -> spec.withClasses("item-tile")).stream()
                .map(tile -> tile.getId().orElseThrow()).toList();

        assertThat(tileIds).containsExactlyElementsOf(
                ADMIN.catalog().items().stream().map(item -> "item-" + item.code()).toList());
    }

    @Test
    void aNewCatalogVersionAppearsWithoutLeavingTheScreen() {
        CatalogSnapshot original = ADMIN.catalog();
        List<CatalogItem> items = new ArrayList<>(original.items());
        items.add(new CatalogItem("NEW-ITEM-1", "老年人优待证办理", "Senior citizen card", "区民政局",
                "District Civil Affairs Bureau", Set.of(ItemFlag.SELF_SERVICE), Set.of()));
        try {
            ADMIN.publishCatalog(new CatalogSnapshot(original.version() + 1, "hash-with-new-item", Instant.now(),
                    items));
            sync.syncNow();

            awaitUi("the new tile", STEP, () -> findById("item-NEW-ITEM-1").isPresent());
        } finally {
            // the Spring context is shared: leave the fixture catalog behind
            ADMIN.publishCatalog(original);
            sync.syncNow();
        }
    }
}
