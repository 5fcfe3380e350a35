package cn.egovkiosk.admin.catalog.lifeevent;

import cn.egovkiosk.admin.catalog.model.Theme.Audience;
import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The life events (主题) of individuals and companies that group the 一件事 packages, in the order kiosks list them.
 * Saving changes the draft only. Auditors see everything and change nothing.
 */
@AdminMenu(titleKey = "nav.themes", order = 24)
@RolesAllowed({"ADMIN", "CATALOG_EDITOR", "AUDITOR"})
// not "themes": Vaadin serves its application themes under /themes/
@Route(value = "life-events", layout = AdminLayout.class)
public class ThemesView extends VerticalLayout implements HasDynamicTitle {

    private final PackageEditing editing;
    private final CurrentAdmin admin;
    private final Grid<ThemeEdit> grid = new Grid<>();
    private final ThemeForm form;

    ThemesView(PackageEditing editing, CurrentAdmin admin) {
        this.editing = editing;
        this.admin = admin;
        Map<String, String> packageNames = new LinkedHashMap<>();
        editing.packages("", null).forEach(p -> packageNames.put(p.code(), p.name()));
        boolean editable = admin.hasRole(Role.ADMIN) || admin.hasRole(Role.CATALOG_EDITOR);
        form = new ThemeForm(packageNames, editable, this::save, this::delete, () -> form().setVisible(false));
        form.setWidth("55%");
        grid.addColumn(ThemeEdit::code).setHeader(getTranslation("catalog.theme.code")).setAutoWidth(true);
        grid.addColumn(ThemeEdit::name).setHeader(getTranslation("catalog.theme.name")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("catalog.theme.audience." + t.audience().name()))
                .setHeader(getTranslation("catalog.theme.audience")).setAutoWidth(true);
        grid.addColumn(t -> t.packageCodes().size()).setHeader(getTranslation("catalog.theme.packageCount"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        grid.setId("themes");
        Button add = new Button(getTranslation("catalog.theme.new"), click -> {
            grid.asSingleSelect().clear();
            form.edit(new ThemeEdit("", "", "", Audience.PERSON, 100, List.of()), false);
            form.setVisible(true);
        });
        add.setId("theme-new");
        add.setVisible(editable);
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setFlexGrow(1, grid);
        content.setSizeFull();
        add(new H2(getTranslation("catalog.themes.heading")), add, content);
        grid.setItems(editing.themes());
        form.setVisible(false);
    }

    private ThemeForm form() {
        return form;
    }

    private void edit(ThemeEdit theme) {
        form.setVisible(theme != null);
        if (theme != null) {
            form.edit(theme, true);
        }
    }

    private void save(ThemeEdit theme) {
        if (!EditorSave.store(editing.problem(theme), () -> editing.save(theme, !form.stored(), admin.name()),
                form::showProblem, "catalog.theme.code.taken")) {
            return;
        }
        Notification.show(getTranslation("catalog.theme.saved", theme.code()));
        form.setVisible(false);
        grid.setItems(editing.themes());
    }

    private void delete(String code) {
        editing.deleteTheme(code, admin.name());
        Notification.show(getTranslation("catalog.theme.deleted", code));
        form.setVisible(false);
        grid.setItems(editing.themes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.themes.heading") + " – " + getTranslation("admin.title");
    }
}
