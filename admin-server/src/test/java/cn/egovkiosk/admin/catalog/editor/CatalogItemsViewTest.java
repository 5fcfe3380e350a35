package cn.egovkiosk.admin.catalog.editor;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.model.CaseType;
import cn.egovkiosk.admin.catalog.model.Department;
import cn.egovkiosk.admin.catalog.model.FormField.PrefillSource;
import cn.egovkiosk.admin.catalog.model.Material;
import cn.egovkiosk.admin.catalog.model.ServedParty;
import cn.egovkiosk.admin.catalog.model.ServiceItem;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.AuditLog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The catalog editor as a catalog editor uses it: a new item with materials and form fields goes into the draft
 * (audited, not yet published); broken rules (served parties too) show beside their fields and store nothing; an
 * edit keeps the code.
 */
@TestPropertySource(properties = "admin.rollout.check-interval=1h") // the draft edits stay in this context
class CatalogItemsViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    CatalogEditing editing;
    @Autowired
    AuditLog audit;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private String newCode() {
        Department department = editing.departments().getFirst();
        return department.creditCode() + String.format("%013d",
                ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    @Test
    void anEditorCreatesAnItemWithMaterialsAndAFormInTheDraft() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "catalog", "editor", Role.CATALOG_EDITOR);
        String code = newCode();

        _click(_get(Button.class, spec -> spec.withId("item-new")));
        field("item-code").setValue(code);
        field("item-name").setValue("老年人优待证办理");
        field("item-name-en").setValue("Senior citizen card");
        @SuppressWarnings("unchecked")
        Select<CaseType> caseType = _get(Select.class, spec -> spec.withLabel("办件类型"));
        caseType.setValue(CaseType.PROMISED);
        _get(IntegerField.class, spec -> spec.withLabel("法定办结时限（工作日）")).setValue(20);
        _get(IntegerField.class, spec -> spec.withLabel("承诺办结时限（工作日）")).setValue(5);
        field("material-name").setValue("居民身份证");
        _click(_get(Button.class, spec -> spec.withId("material-add")));
        field("field-key").setValue("phone");
        field("field-label").setValue("联系电话");
        _click(_get(Button.class, spec -> spec.withId("field-add")));
        field("field-key").setValue("applicantName");
        field("field-label").setValue("申请人姓名");
        @SuppressWarnings("unchecked")
        Select<PrefillSource> prefill = _get(Select.class, spec -> spec.withLabel("预填来源"));
        prefill.setValue(PrefillSource.ID_CARD_NAME);
        _click(_get(Button.class, spec -> spec.withId("field-add")));
        _click(_get(Button.class, spec -> spec.withId("item-save")));

        ServiceItem item = editing.item(code).orElseThrow();
        assertThat(item.name()).isEqualTo("老年人优待证办理");
        assertThat(item.limits().promisedDays()).isEqualTo(5);
        assertThat(item.materials()).extracting(Material::name).containsExactly("居民身份证");
        assertThat(editing.form(code).orElseThrow().fields()).extracting(f -> f.key() + ":" + f.prefill())
                .containsExactly("phone:NONE", "applicantName:ID_CARD_NAME");
        assertThat(audit.latest(5)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("editor");
            assertThat(entry.action()).isEqualTo("catalog.item.create");
            assertThat(entry.subject()).isEqualTo("ITEM " + code);
            assertThat(entry.after()).contains("老年人优待证办理", "applicantName");
        });
        assertThat(editing.draftUnpublished()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("draft-state")).getText())
                .isEqualTo("草稿有未发布的修改");
    }

    @Test
    void brokenRulesShowBesideTheirFieldsAndNothingIsStored() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "catalog", "editor", Role.CATALOG_EDITOR);
        int before = editing.items("").size();

        _click(_get(Button.class, spec -> spec.withId("item-new")));
        field("item-code").setValue("12345");
        field("item-name").setValue("");
        @SuppressWarnings("unchecked")
        Select<CaseType> caseType = _get(Select.class, spec -> spec.withLabel("办件类型"));
        caseType.setValue(CaseType.PROMISED);
        _get(IntegerField.class, spec -> spec.withLabel("法定办结时限（工作日）")).setValue(10);
        _get(IntegerField.class, spec -> spec.withLabel("承诺办结时限（工作日）")).setValue(0);
        field("field-key").setValue("1bad key");
        _click(_get(Button.class, spec -> spec.withId("field-add")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<ServedParty> parties = _get(CheckboxGroup.class, spec -> spec.withLabel("服务对象"));
        parties.setValue(Set.of());
        _click(_get(Button.class, spec -> spec.withId("item-save")));

        assertThat(field("item-code").isInvalid()).isTrue();
        assertThat(parties.isInvalid()).isTrue();
        assertThat(parties.getErrorMessage()).isEqualTo("请至少选择一类服务对象");
        assertThat(field("item-code").getErrorMessage())
                .isEqualTo("实施编码为 18 位统一社会信用代码加 4 至 20 位数字");
        assertThat(field("item-name").getErrorMessage()).isEqualTo("请填写名称");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("承诺办结时限（工作日）"))
                .getErrorMessage())
                .isEqualTo("即办件承诺时限为 0；承诺件为 1 天至法定时限");
        assertThat(field("field-key").getErrorMessage()).startsWith("字段键以字母开头");
        assertThat(editing.items("").size()).isEqualTo(before);
    }

    @Test
    void editingAnItemKeepsItsCodeAndRecordsBeforeAndAfter() {
        String code = CatalogEditingFixtures.newKioskItem(editing, "待修改的事项");
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "catalog", "admin", Role.ADMIN);

        field("catalog-filter").setValue(code);
        @SuppressWarnings("unchecked")
        Grid<ServiceItem> grid = _get(Grid.class, spec -> spec.withId("catalog-items"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        grid.select(GridKt._get(grid, 0));
        assertThat(field("item-code").isReadOnly()).isTrue();
        field("item-name").setValue("已修改的事项");
        _click(_get(Button.class, spec -> spec.withId("item-save")));

        assertThat(editing.item(code).orElseThrow().name()).isEqualTo("已修改的事项");
        AuditLog.Entry entry = audit.latest(1).getFirst();
        assertThat(entry.action()).isEqualTo("catalog.item.update");
        assertThat(entry.before()).contains("待修改的事项");
        assertThat(entry.after()).contains("已修改的事项");
        assertThat(_find(ItemForm.class)).as("the editor closes after saving").isEmpty();
    }
}
