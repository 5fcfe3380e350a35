package cn.egovkiosk.kiosk.identity;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.startApplying;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 长辈模式 and the language are the resident's choices: they hold on every screen of the session, and "finish" (结束办理)
 * on any screen forgets them with everything else.
 */
class ResidentSettingsTest extends SimulatedKioskTest {

    @Autowired
    CatalogSync sync;

    @Test
    void elderlyModeShowsFewerTilesPerPageAndHoldsAcrossScreens() {
        CatalogSnapshot original = ADMIN.catalog();
        List<CatalogItem> items = new ArrayList<>(original.items());
        for (int i = 0; i < 10; i++) {
            items.add(new CatalogItem("MORE-" + i, "更多事项" + i, "", "区民政局", "", Set.of(ItemFlag.SELF_SERVICE),
                    Set.of(DeviceKind.ID_CARD_READER)));
        }
        try {
            ADMIN.publishCatalog(new CatalogSnapshot(original.version() + 1, "hash-more", Instant.now(), items));
            sync.syncNow();
            tap(byId("finish-session")); // a fresh home screen with the larger catalog
            assertThat(tiles()).hasSize(8);

            tap(byId("elderly-toggle"));
            assertThat(elderlyShown()).isTrue();
            assertThat(byId("elderly-toggle").getElement().getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(tiles()).hasSize(4);
            assertThat(textOf("page-status")).contains("1", "3");
            tap(byId("page-next"));
            assertThat(tiles()).hasSize(4);
            tap(byId("page-previous"));

            startApplying(original.items().getFirst().code());
            awaitId("identify", STEP);
            assertThat(elderlyShown()).as("elderly mode on the next screen").isTrue();
            tap(byId("cancel-button"));
            awaitId("home", STEP);
            assertThat(elderlyShown()).as("cancel keeps the resident's settings").isTrue();
        } finally {
            ADMIN.publishCatalog(original);
            sync.syncNow();
        }
    }

    @Test
    void finishOnAnyScreenForgetsTheResidentTheirModeAndTheirLanguage() {
        tap(byId("elderly-toggle"));
        tap(byId("language-toggle"));
        startApplying(ADMIN.catalog().items().getFirst().code());
        awaitId("identify", STEP);
        assertThat(textOf("identify-status")).as("English holds on the next screen").contains("ID card");
        assertThat(session().item()).isPresent();

        tap(byId("finish-session"));

        awaitId("home", STEP);
        assertThat(findById("identify")).isEmpty();
        assertThat(session().isEmpty()).isTrue();
        assertThat(elderlyShown()).isFalse();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");
        assertThat(textOf("finish-session")).isEqualTo("结束办理");
    }

    // UI-scoped: looked up while the test's UI is current
    private ResidentSession session() {
        return context.getBean(ResidentSession.class);
    }

    private static boolean elderlyShown() {
        return UI.getCurrent().getElement().getClassList().contains(SessionEnd.ELDERLY_CLASS);
    }

    private static List<Div> tiles() {
        return LocatorJ._find(Div.class, spec -> spec.withClasses("item-tile"));
    }
}
