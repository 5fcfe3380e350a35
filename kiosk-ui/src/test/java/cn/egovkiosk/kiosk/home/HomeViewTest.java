package cn.egovkiosk.kiosk.home;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
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
    void elderlyModeKeepsTheMainWaysInAndFoldsTheOtherFiltersBehindOneButton() {
        assertThat(findById("department-all")).isPresent();
        assertThat(findById("more-filters")).isEmpty();

        tap(byId("elderly-toggle"));

        assertThat(findById("search-field")).isPresent();
        assertThat(findById("way-all")).isPresent();
        assertThat(findById("packages-all")).isPresent();
        assertThat(findById("department-all")).isEmpty();
        assertThat(findById("flag-all")).isEmpty();
        assertThat(byId("more-filters").getElement().getAttribute("aria-expanded")).isEqualTo("false");

        tap(byId("packages-all"));
        assertThat(findById("theme-all")).as("一件事 with its life-event themes").isPresent();
        tap(byId("more-filters"));
        assertThat(findById("department-all")).isPresent();
        tap(byId("flag-" + ItemFlag.INSTANT_APPROVAL.name()));
        tap(byId("more-filters"));
        assertThat(findById("flag-all")).as("a filter in force stays in sight").isPresent();
        tap(byId("way-all"));
        assertThat(findById("flag-all")).isEmpty();
        assertThat(tileIds()).hasSize(Math.min(4, ADMIN.catalog().items().size()));

        tap(byId("elderly-toggle"));
        assertThat(findById("department-all")).isPresent();
        assertThat(findById("more-filters")).isEmpty();
    }

    @Test
    void pinyinInitialsTypedOnTheLetterPadNarrowTheTiles() {
        tap(byId("search-keys-toggle"));
        for (String key : List.of("key-s", "key-b", "key-j", "key-f")) {
            tap(byId(key));
        }

        assertThat(tileIds()).containsExactly("item-" + ADMIN.catalog().items().get(1).code());
        tap(byId("key-clear"));
        assertThat(tileIds()).hasSize(ADMIN.catalog().items().size());
    }

    @Test
    void chineseTextWithoutAMatchSaysSo() {
        LocatorJ._get(TextField.class, spec -> spec.withId("search-field")).setValue("不存在的事项");

        assertThat(tileIds()).isEmpty();
        assertThat(textOf("no-match")).contains("没有找到");
    }

    @Test
    void aKindFilterShowsOnlyItemsOfThatKindUntilAllIsChosen() {
        tap(byId("flag-INSTANT_APPROVAL"));

        assertThat(tileIds()).containsExactlyElementsOf(ADMIN.catalog().items().stream()
                .filter(item -> item.flags().contains(ItemFlag.INSTANT_APPROVAL)).map(item -> "item-" + item.code())
                .toList());
        assertThat(byId("flag-INSTANT_APPROVAL").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        tap(byId("flag-all"));
        assertThat(tileIds()).hasSize(ADMIN.catalog().items().size());
        assertThat(findById("department-0")).as("departments folded").isEmpty();
        tap(byId("departments-toggle"));
        tap(byId("department-0"));
        assertThat(byId("department-0").getElement().getAttribute("aria-pressed")).as("the chosen one stays shown")
                .isEqualTo("true");
        assertThat(tileIds()).hasSize((int) ADMIN.catalog().items().stream()
                .filter(item -> item.department().equals(ADMIN.catalog().items().getFirst().department())).count());
    }

    private static List<String> tileIds() {
        return LocatorJ._find(Div.class, spec -> spec.withClasses("item-tile")).stream()
                .map(tile -> tile.getId().orElseThrow()).toList();
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
