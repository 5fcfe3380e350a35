package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.admin.terminal.TerminalFleet.TerminalOverview;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.MediaState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fleet board: where each terminal stands, whether it is online, its faults, paper, versions and outbox;
 * filterable by site and by group.
 */
@AdminMenu(titleKey = "nav.terminals", order = 10)
@RolesAllowed({"ADMIN", "CATALOG_EDITOR", "TECHNICIAN", "AUDITOR"})
@Route(value = "", layout = AdminLayout.class)
@RouteAlias(value = "terminals", layout = AdminLayout.class)
public class TerminalsView extends VerticalLayout implements HasDynamicTitle {

    private final List<TerminalOverview> fleet;
    private final Grid<TerminalOverview> grid = new Grid<>();
    private final TextField site = new TextField();
    private final Select<String> group = new Select<>();

    TerminalsView(TerminalFleet fleet, AdminTimeFormat time) {
        this.fleet = fleet.overview();
        grid.addColumn(TerminalOverview::id).setHeader(getTranslation("terminals.id")).setAutoWidth(true);
        grid.addColumn(TerminalOverview::site).setHeader(getTranslation("terminals.site")).setAutoWidth(true);
        grid.addColumn(TerminalOverview::groupCode).setHeader(getTranslation("terminals.group")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.lastSeen() == null ? "terminals.never"
                : row.online() ? "terminals.online" : "terminals.offline"))
                .setHeader(getTranslation("terminals.status")).setAutoWidth(true);
        grid.addColumn(row -> time.format(row.lastSeen())).setHeader(getTranslation("terminals.lastSeen"))
                .setAutoWidth(true);
        grid.addColumn(TerminalOverview::softwareVersion).setHeader(getTranslation("terminals.softwareVersion"));
        grid.addColumn(this::catalogText).setHeader(getTranslation("terminals.catalog"));
        grid.addColumn(row -> row.lastSeen() == null ? "" : Integer.toString(row.outboxDepth()))
                .setHeader(getTranslation("terminals.outboxDepth"));
        grid.addColumn(row -> row.lastSeen() == null ? "" : Integer.toString(row.faults()))
                .setHeader(getTranslation("terminals.faults"));
        grid.addColumn(row -> row.paper() == MediaState.NOT_APPLICABLE ? ""
                : getTranslation("device.media." + row.paper().name())).setHeader(getTranslation("terminals.paper"));
        grid.addColumn(row -> row.devices().stream().map(this::deviceText).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("terminals.devices")).setWidth("20em").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setId("fleet-board");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("terminals.heading")), filters(), grid);
        filter();
    }

    private HorizontalLayout filters() {
        site.setLabel(getTranslation("terminals.filter.site"));
        site.setValueChangeMode(ValueChangeMode.LAZY);
        site.addValueChangeListener(change -> filter());
        group.setLabel(getTranslation("terminals.filter.group"));
        group.setItems(Stream.concat(Stream.of(""), fleet.stream().map(TerminalOverview::groupCode)
                .filter(code -> !code.isEmpty()).distinct().sorted()).toList());
        group.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("terminals.filter.allGroups") : code);
        group.setValue("");
        group.addValueChangeListener(change -> filter());
        return new HorizontalLayout(site, group);
    }

    private void filter() {
        String siteText = site.getValue().strip();
        String groupCode = group.getValue() == null ? "" : group.getValue();
        grid.setItems(fleet.stream().filter(row -> row.site().contains(siteText))
                .filter(row -> groupCode.isEmpty() || groupCode.equals(row.groupCode())).toList());
    }

    private String catalogText(TerminalOverview row) {
        if (row.lastSeen() == null) {
            return "";
        }
        String state = getTranslation(row.catalogCurrent() ? "terminals.catalog.current"
                : "terminals.catalog.outdated");
        String text = row.catalogVersion() == null ? state : "v" + row.catalogVersion() + " " + state;
        return row.catalogFailure().isEmpty() ? text
                : text + " – " + getTranslation("terminals.catalog.failed", row.catalogFailure());
    }

    private String deviceText(DeviceStatusReport device) {
        String text = device.name() + ": " + getTranslation("device.state." + device.state().name());
        return device.media() == MediaState.NOT_APPLICABLE ? text
                : text + " / " + getTranslation("device.media." + device.media().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("terminals.heading") + " – " + getTranslation("admin.title");
    }
}
