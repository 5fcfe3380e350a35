package cn.egovkiosk.admin.catalog.lifeevent;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.ReleaseTarget;
import cn.egovkiosk.admin.catalog.model.CatalogReader;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.PackageMerge;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The package editor as a catalog editor uses it: a renamed package reaches kiosks with the next publication, a
 * broken rule shows beside its field and stores nothing, a new package previews its merged form and materials and
 * can be deleted; an auditor looks without changing.
 */
@TestPropertySource(properties = "admin.rollout.check-interval=1h") // the context of the catalog editor's tests
class PackagesViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    PackageEditing editing;
    @Autowired
    CatalogReader reader;
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

    private static CodeListField items() {
        return _get(CodeListField.class, spec -> spec.withId("package-items"));
    }

    private static void select(String packageCode) {
        field("packages-filter").setValue(packageCode);
        @SuppressWarnings("unchecked")
        Grid<PackageEdit> grid = _get(Grid.class, spec -> spec.withId("packages"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        grid.select(GridKt._get(grid, 0));
    }

    private static List<String> texts(String listId) {
        return _get(UnorderedList.class, spec -> spec.withId(listId)).getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
    }

    @Test
    void aRenamedPackageReachesKiosksWithTheNextPublication() {
        PackageEdit pack = editing.packages("", "BIRTH").getFirst();
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "packages", "editor", Role.CATALOG_EDITOR);

        select(pack.code());
        assertThat(field("package-code").isReadOnly()).isTrue();
        field("package-name").setValue(pack.name() + "（修订）");
        field("package-name-en").setValue("Birth of a child, revised");
        _click(_get(Button.class, spec -> spec.withId("package-save")));

        assertThat(editing.pack(pack.code()).orElseThrow().name()).isEqualTo(pack.name() + "（修订）");
        AuditLog.Entry entry = audit.latest(1).getFirst();
        assertThat(entry.action()).isEqualTo("catalog.package.update");
        assertThat(entry.actor()).isEqualTo("editor");
        assertThat(entry.before()).contains(pack.name()).doesNotContain("修订");
        assertThat(entry.after()).contains(pack.name() + "（修订）", "Birth of a child, revised");
        assertThat(_get(Span.class, spec -> spec.withId("packages-draft-state")).getText())
                .isEqualTo("草稿有未发布的修改");
        assertThat(published.current().packages()).filteredOn(p -> p.code().equals(pack.code()))
                .extracting(CatalogPackage::name).containsExactly(pack.name());

        CatalogSnapshot version = published.publish(ReleaseTarget.ALL, "editor");

        assertThat(version.packages()).filteredOn(p -> p.code().equals(pack.code())).singleElement()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo(pack.name() + "（修订）");
                    assertThat(p.nameEn()).isEqualTo("Birth of a child, revised");
                    assertThat(p.itemCodes()).isEqualTo(pack.itemCodes());
                });
    }

    @Test
    void aPackageOfOneItemShowsTheRuleBesideItsItemsAndStoresNothing() {
        PackageEdit pack = editing.packages("", "SCHOOL").getFirst();
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "packages", "admin", Role.ADMIN);

        select(pack.code());
        items().setValue(pack.itemCodes().subList(0, 1));
        _click(_get(Button.class, spec -> spec.withId("package-save")));

        assertThat(items().isInvalid()).isTrue();
        assertThat(items().getErrorMessage()).isEqualTo("一件事至少包含 2 个支持终端办理的事项");
        assertThat(editing.pack(pack.code()).orElseThrow()).isEqualTo(pack);
    }

    @Test
    void aNewPackagePreviewsItsMergedFormAndMaterialsAndCanBeDeleted() {
        List<ServiceItem> members = editing.kioskItems().stream().filter(item -> item.materials().size() > 1)
                .limit(2).toList();
        String code = "UIPKG" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "packages", "editor", Role.CATALOG_EDITOR);

        _click(_get(Button.class, spec -> spec.withId("package-new")));
        field("package-code").setValue("bad code");
        _click(_get(Button.class, spec -> spec.withId("package-save")));
        assertThat(field("package-code").getErrorMessage()).startsWith("编码以大写字母开头");
        field("package-code").setValue(code);
        field("package-name").setValue("界面测试一件事");
        @SuppressWarnings("unchecked")
        Select<String> theme = _get(Select.class, spec -> spec.withId("package-theme"));
        theme.setValue("EMPLOYMENT");
        items().setValue(members.stream().map(ServiceItem::code).toList());

        List<Material> merged = PackageMerge.materials(members);
        assertThat(texts("package-preview-materials")).hasSize(merged.size());
        assertThat(texts("package-preview-materials").getFirst()).startsWith(merged.getFirst().name() + "，");
        assertThat(texts("package-preview-form")).hasSize(PackageMerge.form(code, members.stream()
                .map(item -> reader.form(item.code())).flatMap(Optional::stream).toList()).fields().size());
        _click(_get(Button.class, spec -> spec.withId("package-save")));
        assertThat(editing.pack(code)).hasValueSatisfying(p -> assertThat(p.themeCode()).isEqualTo("EMPLOYMENT"));
        assertThat(audit.latest(1).getFirst().action()).isEqualTo("catalog.package.create");

        _click(_get(Button.class, spec -> spec.withId("package-new")));
        field("package-code").setValue(code);
        field("package-name").setValue("重复编码");
        theme.setValue("EMPLOYMENT");
        items().setValue(members.stream().map(ServiceItem::code).toList());
        _click(_get(Button.class, spec -> spec.withId("package-save")));
        assertThat(field("package-code").getErrorMessage()).isEqualTo("已有一件事使用此编码");

        select(code);
        _click(_get(Button.class, spec -> spec.withId("package-delete")));
        assertThat(editing.pack(code)).isEmpty();
        assertThat(audit.latest(1).getFirst()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("catalog.package.delete");
            assertThat(entry.before()).contains("界面测试一件事");
        });
    }

    @Test
    void anAuditorSeesAPackageButCannotChangeIt() {
        PackageEdit pack = editing.packages("", "").getFirst();
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "packages", "auditor", Role.AUDITOR);

        select(pack.code());

        assertThat(field("package-name").getValue()).isEqualTo(pack.name());
        assertThat(field("package-name").isReadOnly()).isTrue();
        for (String button : List.of("package-save", "package-delete", "package-new", "package-items-add")) {
            assertThat(_find(Button.class, spec -> spec.withId(button))).as(button).allMatch(b -> !b.isVisible());
        }
        assertThat(texts("package-preview-materials")).isNotEmpty();
    }
}
