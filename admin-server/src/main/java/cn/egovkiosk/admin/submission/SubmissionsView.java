package cn.egovkiosk.admin.submission;

import cn.egovkiosk.admin.submission.SubmissionRepository.SubmissionOverview;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** The latest applications; the applicant appears masked, as on a receipt. */
@AdminMenu(titleKey = "nav.submissions", order = 60)
@RolesAllowed({"ADMIN", "AUDITOR"})
@Route(value = "submissions", layout = AdminLayout.class)
public class SubmissionsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 200;

    SubmissionsView(SubmissionRepository repository, AdminTimeFormat time) {
        boolean english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Grid<SubmissionOverview> grid = new Grid<>();
        grid.addColumn(SubmissionOverview::trackingNumber).setHeader(getTranslation("submissions.trackingNumber"))
                .setAutoWidth(true);
        grid.addColumn(row -> itemName(row, english)).setHeader(getTranslation("submissions.item"))
                .setWidth("18em").setFlexGrow(1);
        grid.addColumn(SubmissionOverview::terminalId).setHeader(getTranslation("submissions.terminal"))
                .setAutoWidth(true);
        grid.addColumn(row -> time.format(row.receivedAt())).setHeader(getTranslation("submissions.receivedAt"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("submission.status." + row.status().name()))
                .setHeader(getTranslation("submissions.status")).setAutoWidth(true);
        grid.addColumn(SubmissionOverview::maskedApplicant).setHeader(getTranslation("submissions.applicant"))
                .setAutoWidth(true);
        grid.setItems(repository.latest(SHOWN));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("submissions.heading")), grid);
        setSizeFull();
    }

    private static String itemName(SubmissionOverview row, boolean english) {
        if (row.itemName() == null) {
            return row.itemCode();
        }
        return english && row.itemNameEn() != null && !row.itemNameEn().isBlank() ? row.itemNameEn() : row.itemName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("submissions.heading") + " – " + getTranslation("admin.title");
    }
}
