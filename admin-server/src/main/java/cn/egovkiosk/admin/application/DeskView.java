package cn.egovkiosk.admin.application;

import cn.egovkiosk.admin.application.ApplicantAccess.Scope;
import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The desk of a department without its own system: an officer sees the department's applications, opens one (the
 * applicant in the clear: the officer decides the case) and accepts, approves, rejects or asks for more, with a note
 * the resident reads in the progress query. ADMIN sees every department's.
 */
@AdminMenu(titleKey = "nav.desk", order = 65)
@RolesAllowed({"OFFICER", "ADMIN"})
@Route(value = "desk", layout = AdminLayout.class)
public class DeskView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 200;

    private final ApplicationRecords records;
    private final Scope scope;
    private final ComboBox<SubmissionStatus> statusFilter = new ComboBox<>();
    private final Grid<ApplicationDetail> grid = new Grid<>();
    private final DeskCase detail;

    DeskView(ApplicationRecords records, ApplicationHistory history, ApplicationLifecycle lifecycle,
            ApplicantAccess access, CurrentAdmin admin, AdminTimeFormat time) {
        this.records = records;
        this.scope = access.of(admin.name(), admin::hasRole);
        boolean english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        this.detail = new DeskCase(records, history, lifecycle, scope, admin.name(), time, this::refresh);
        statusFilter.setLabel(getTranslation("desk.status"));
        statusFilter.setItems(SubmissionStatus.values());
        statusFilter.setItemLabelGenerator(status -> getTranslation("submission.status." + status.name()));
        statusFilter.setClearButtonVisible(true);
        statusFilter.setId("desk-status-filter");
        statusFilter.addValueChangeListener(event -> refresh());
        grid.addColumn(ApplicationDetail::trackingNumber).setHeader(getTranslation("submissions.trackingNumber"))
                .setAutoWidth(true);
        grid.addColumn(row -> english && !row.itemNameEn().isBlank() ? row.itemNameEn() : row.itemName())
                .setHeader(getTranslation("submissions.item")).setFlexGrow(1);
        grid.addColumn(row -> time.format(row.receivedAt())).setHeader(getTranslation("submissions.receivedAt"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("submission.status." + row.status().name()))
                .setHeader(getTranslation("submissions.status")).setAutoWidth(true);
        grid.addColumn(row -> row.applicant().name()).setHeader(getTranslation("submissions.applicant"))
                .setAutoWidth(true);
        grid.setId("desk-applications");
        grid.asSingleSelect().addValueChangeListener(event -> detail.show(event.getValue()));
        Span department = new Span(scope.allDepartments() ? getTranslation("desk.allDepartments")
                : getTranslation("desk.department", scope.department().orElse("")));
        department.setId("desk-department");
        HorizontalLayout body = new HorizontalLayout(grid, detail);
        body.setSizeFull();
        grid.setWidth("55%");
        detail.setWidth("45%");
        add(new H2(getTranslation("desk.heading")), department, statusFilter, body);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(records.latest(scope.listFilter(), statusFilter.getValue(), SHOWN));
    }

    /** The case panel, for tests. */
    DeskCase deskCase() {
        return detail;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.heading") + " – " + getTranslation("admin.title");
    }
}
