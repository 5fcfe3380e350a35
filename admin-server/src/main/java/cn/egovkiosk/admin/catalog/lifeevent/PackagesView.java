package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The draft's 一件事 packages: a list filterable by text and life event, one package's items and merged preview in
 * the editor beside it. Saving changes the draft only, as for items. Auditors see everything and change nothing.
 */
@AdminMenu(titleKey = "nav.packages", order = 22)
@RolesAllowed({"ADMIN", "CATALOG_EDITOR", "AUDITOR"})
@Route(value = "packages", layout = AdminLayout.class)
public class PackagesView extends VerticalLayout implements HasDynamicTitle {

    private final PackageEditing editing;
    private final CurrentAdmin admin;
    private final Grid<PackageEdit> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Select<String> themeFilter = new Select<>();
    private final Span draftState = new Span();
    private final Map<String, String> themeNames = new LinkedHashMap<>();
    private final PackageForm form;

    PackagesView(PackageEditing editing, CurrentAdmin admin) {
        this.editing = editing;
        this.admin = admin;
        editing.themes().forEach(theme -> themeNames.put(theme.code(), theme.name()));
        boolean editable = admin.hasRole(Role.ADMIN) || admin.hasRole(Role.CATALOG_EDITOR);
        form = new PackageForm(editing, themeNames, editable, this::save, this::delete, this::closeEditor);
        form.setWidth("55%");
        grid.addColumn(PackageEdit::code).setHeader(getTranslation("catalog.package.code")).setAutoWidth(true);
        grid.addColumn(PackageEdit::name).setHeader(getTranslation("catalog.package.name")).setFlexGrow(2);
        grid.addColumn(p -> themeNames.getOrDefault(p.themeCode(), p.themeCode()))
                .setHeader(getTranslation("catalog.package.theme")).setAutoWidth(true);
        grid.addColumn(p -> p.itemCodes().size()).setHeader(getTranslation("catalog.package.itemCount"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        grid.setId("packages");
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setFlexGrow(1, grid);
        content.setSizeFull();
        add(new H2(getTranslation("catalog.packages.heading")), toolbar(editable), content);
        updateList();
        closeEditor();
    }

    private HorizontalLayout toolbar(boolean editable) {
        filter.setPlaceholder(getTranslation("catalog.packages.filter"));
        filter.setAriaLabel(getTranslation("catalog.packages.filter")); // a placeholder is no name once typed in
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> updateList());
        filter.setId("packages-filter");
        themeFilter.setLabel(getTranslation("catalog.package.theme"));
        themeFilter.setItems(List.copyOf(themeNames.keySet()));
        themeFilter.setItemLabelGenerator(code -> code == null ? "" : themeNames.getOrDefault(code, code));
        themeFilter.setEmptySelectionAllowed(true);
        themeFilter.setEmptySelectionCaption(getTranslation("catalog.packages.allThemes"));
        themeFilter.addValueChangeListener(change -> updateList());
        themeFilter.setId("packages-theme-filter");
        Button add = new Button(getTranslation("catalog.package.new"), click -> {
            grid.asSingleSelect().clear();
            form.edit(new PackageEdit("", "", "", "", List.of(), 1000), false);
            form.setVisible(true);
        });
        add.setId("package-new");
        add.setVisible(editable);
        draftState.setId("packages-draft-state");
        HorizontalLayout toolbar = new HorizontalLayout(filter, themeFilter, add, draftState);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return toolbar;
    }

    private void updateList() {
        grid.setItems(editing.packages(filter.getValue(), themeFilter.getValue()));
        draftState.setText(getTranslation(editing.draftUnpublished() ? "catalog.draft.unpublished"
                : "catalog.draft.published"));
    }

    private void edit(PackageEdit pack) {
        if (pack == null) {
            closeEditor();
            return;
        }
        form.edit(pack, true);
        form.setVisible(true);
    }

    private void save(PackageEdit pack) {
        if (!EditorSave.store(editing.problem(pack), () -> editing.save(pack, !form.stored(), admin.name()),
                form::showProblem, "catalog.package.code.taken")) {
            return;
        }
        Notification.show(getTranslation("catalog.package.saved", pack.code()));
        closeEditor();
        updateList();
    }

    private void delete(String code) {
        editing.deletePackage(code, admin.name());
        Notification.show(getTranslation("catalog.package.deleted", code));
        closeEditor();
        updateList();
    }

    private void closeEditor() {
        form.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.packages.heading") + " – " + getTranslation("admin.title");
    }
}
