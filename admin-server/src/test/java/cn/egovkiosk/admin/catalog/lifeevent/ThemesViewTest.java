package cn.egovkiosk.admin.catalog.lifeevent;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.ReleaseTarget;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The life-event editor: a renamed life event with its packages reordered reaches kiosks with the next
 * publication; leaving one of its packages out is refused beside the package list.
 */
@TestPropertySource(properties = "admin.rollout.check-interval=1h") // the context of the catalog editor's tests
class ThemesViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackageEditing editing;
    @Autowired
    PublishedCatalog published;
    @Autowired
    AuditLog audit;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static CodeListField packages() {
        return _get(CodeListField.class, spec -> spec.withId("theme-packages"));
    }

    private ThemeEdit themeWithPackages(String code) {
        ThemeEdit theme = editing.theme(code).orElseThrow();
        assertThat(theme.packageCodes()).hasSizeGreaterThanOrEqualTo(2);
        @SuppressWarnings("unchecked")
        Grid<ThemeEdit> grid = _get(Grid.class, spec -> spec.withId("themes"));
        grid.asSingleSelect().setValue(theme);
        return theme;
    }

    @Test
    void aRenamedLifeEventWithItsPackagesReorderedReachesKiosksWithTheNextPublication() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "life-events", "editor", Role.CATALOG_EDITOR);
        ThemeEdit theme = themeWithPackages("HOUSING");
        List<String> reversed = new ArrayList<>(theme.packageCodes());
        Collections.reverse(reversed);

        assertThat(field("theme-code").isReadOnly()).isTrue();
        field("theme-name").setValue(theme.name() + "安居");
        field("theme-name-en").setValue("Housing");
        packages().setValue(reversed);
        _click(_get(Button.class, spec -> spec.withId("theme-save")));

        assertThat(editing.theme(theme.code()).orElseThrow().packageCodes()).isEqualTo(reversed);
        AuditLog.Entry entry = audit.latest(1).getFirst();
        assertThat(entry.action()).isEqualTo("catalog.theme.update");
        assertThat(entry.subject()).isEqualTo("THEME " + theme.code());
        assertThat(entry.before()).doesNotContain("安居");
        assertThat(entry.after()).contains(theme.name() + "安居", "Housing");

        CatalogSnapshot version = published.publish(ReleaseTarget.ALL, "editor");

        assertThat(version.themes()).filteredOn(t -> t.code().equals(theme.code())).singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo(theme.name() + "安居");
                    assertThat(t.nameEn()).isEqualTo("Housing");
                });
        assertThat(version.packages()).filteredOn(p -> p.themeCode().equals(theme.code()))
                .extracting(CatalogPackage::code).isEqualTo(reversed);
    }

    @Test
    void leavingOutAPackageOfTheLifeEventIsRefusedBesideThePackages() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "life-events", "admin", Role.ADMIN);
        ThemeEdit theme = themeWithPackages("SCHOOL");

        packages().setValue(theme.packageCodes().subList(1, theme.packageCodes().size()));
        _click(_get(Button.class, spec -> spec.withId("theme-save")));

        assertThat(packages().isInvalid()).isTrue();
        assertThat(packages().getErrorMessage()).startsWith("已属于本主题的一件事不能移出");
        assertThat(editing.theme(theme.code()).orElseThrow()).isEqualTo(theme);
    }
}
