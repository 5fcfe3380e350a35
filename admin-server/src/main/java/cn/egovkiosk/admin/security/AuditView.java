package cn.egovkiosk.admin.security;

import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.admin.support.AuditLog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The audit log for auditors: who changed what and when, with the state before and after; filterable. */
@AdminMenu(titleKey = "nav.audit", order = 90)
@RolesAllowed({"ADMIN", "AUDITOR"})
@Route(value = "audit", layout = AdminLayout.class)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;

    private final AuditLog audit;
    private final Grid<AuditLog.Entry> grid = new Grid<>();
    private final TextField filter = new TextField();

    AuditView(AuditLog audit, AdminTimeFormat time) {
        this.audit = audit;
        grid.addColumn(e -> time.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(e -> e.before() == null ? "" : e.before()).setHeader(getTranslation("audit.before"));
        grid.addColumn(e -> e.after() == null ? "" : e.after()).setHeader(getTranslation("audit.after"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("audit-entries");
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setAriaLabel(getTranslation("audit.filter")); // a placeholder is no name once text is typed
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());
        filter.setId("audit-filter");
        add(new H2(getTranslation("audit.heading")), filter, grid);
        refresh();
    }

    private void refresh() {
        String text = filter.getValue().strip();
        List<AuditLog.Entry> entries = audit.latest(SHOWN).stream().filter(e -> text.isEmpty()
                || e.actor().contains(text) || e.action().contains(text) || e.subject().contains(text)).toList();
        grid.setItems(entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading") + " – " + getTranslation("admin.title");
    }
}
