package cn.egovkiosk.admin.rollout;

import cn.egovkiosk.admin.catalog.CatalogRelease;
import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.catalog.ReleaseTarget;
import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.terminal.TerminalFleet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * Publishing to the fleet: the catalog draft goes out as a version to all terminals, a site group or one terminal,
 * or as a staged rollout over site groups ({@link RolloutPanel}); each release shows how many terminals run its
 * version, and can be rolled back.
 */
@AdminMenu(titleKey = "nav.publishing", order = 30)
@RolesAllowed({"ADMIN", "CATALOG_EDITOR"})
@Route(value = "publishing", layout = AdminLayout.class)
public class CatalogRolloutView extends VerticalLayout implements HasDynamicTitle {

    private final CurrentAdmin admin;
    private final PublishedCatalog catalog;
    private final TerminalFleet fleet;
    private final AdminTimeFormat time;
    private final Grid<CatalogRelease> releases = new Grid<>();
    private final Select<ReleaseTarget.Kind> kind = new Select<>();
    private final TextField value = new TextField();

    CatalogRolloutView(PublishedCatalog catalog, TerminalFleet fleet, AdminTimeFormat time, CurrentAdmin admin,
            CatalogRollouts rollouts) {
        this.admin = admin;
        this.catalog = catalog;
        this.fleet = fleet;
        this.time = time;
        configureReleases();
        RolloutPanel rolloutPanel = new RolloutPanel(rollouts, time, admin);
        rolloutPanel.addChangeListener(event -> refresh());
        add(new H2(getTranslation("publishing.heading")), publishForm(), releases,
                new H3(getTranslation("rollout.heading")), rolloutPanel);
        refresh();
    }

    private HorizontalLayout publishForm() {
        kind.setLabel(getTranslation("publishing.target"));
        kind.setItems(ReleaseTarget.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("publishing.target." + k.name()));
        kind.setValue(ReleaseTarget.Kind.ALL);
        kind.setId("publish-kind");
        value.setLabel(getTranslation("publishing.targetValue"));
        value.setId("publish-value");
        Button publish = new Button(getTranslation("publishing.publish"), click -> publish());
        publish.setId("publish");
        HorizontalLayout form = new HorizontalLayout(kind, value, publish);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private void configureReleases() {
        releases.addColumn(CatalogRelease::version).setHeader(getTranslation("publishing.version")).setAutoWidth(true);
        releases.addColumn(r -> getTranslation("publishing.target." + r.target().kind().name()) + " "
                + r.target().value()).setHeader(getTranslation("publishing.target")).setAutoWidth(true);
        releases.addColumn(r -> time.format(r.releasedAt())).setHeader(getTranslation("publishing.releasedAt"));
        releases.addColumn(CatalogRelease::releasedBy).setHeader(getTranslation("publishing.releasedBy"));
        releases.addColumn(r -> getTranslation(r.active() ? "publishing.active" : "publishing.rolledBack"))
                .setHeader(getTranslation("publishing.state"));
        releases.addColumn(r -> adoption().getOrDefault(r.version(), 0L))
                .setHeader(getTranslation("publishing.adoption"));
        releases.addComponentColumn(r -> {
            Button back = new Button(getTranslation("publishing.rollBack"), click -> rollBack(r));
            back.setEnabled(r.active());
            return back;
        }).setHeader(getTranslation("grid.actions"));
        releases.setId("releases");
    }

    private Map<Long, Long> adoption() {
        return fleet.adoption();
    }

    private void publish() {
        ReleaseTarget target = new ReleaseTarget(kind.getValue(), value.getValue().strip());
        if (target.kind() != ReleaseTarget.Kind.ALL && target.value().isEmpty()) {
            value.setInvalid(true);
            value.setErrorMessage(getTranslation("publishing.targetValue.required"));
            return;
        }
        try {
            long version = catalog.publish(target, admin.name()).version();
            Notification.show(getTranslation("publishing.published", version));
        } catch (ApiProblem e) {
            Notification.show(e.getMessage());
        }
        refresh();
    }

    private void rollBack(CatalogRelease release) {
        Notification.show(getTranslation(catalog.rollBack(release.id(), admin.name()) ? "publishing.rolledBack.done"
                : "publishing.rolledBack.refused"));
        refresh();
    }

    private void refresh() {
        releases.setItems(catalog.releases());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publishing.heading") + " – " + getTranslation("admin.title");
    }
}
