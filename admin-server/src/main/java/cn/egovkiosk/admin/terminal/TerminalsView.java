package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.admin.terminal.TerminalFleet.TerminalOverview;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.MediaState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.stream.Collectors;

/** The fleet at a glance: where each terminal stands, when it was last heard from, and how its devices are. */
@Route(value = "", layout = AdminLayout.class)
@RouteAlias(value = "terminals", layout = AdminLayout.class)
public class TerminalsView extends VerticalLayout implements HasDynamicTitle {

    TerminalsView(TerminalFleet fleet, AdminTimeFormat time) {
        Grid<TerminalOverview> grid = new Grid<>();
        grid.addColumn(TerminalOverview::id).setHeader(getTranslation("terminals.id")).setAutoWidth(true);
        grid.addColumn(TerminalOverview::site).setHeader(getTranslation("terminals.site")).setAutoWidth(true);
        grid.addColumn(row -> row.lastSeen() == null ? getTranslation("terminals.never") : time.format(row.lastSeen()))
                .setHeader(getTranslation("terminals.lastSeen")).setAutoWidth(true);
        grid.addColumn(TerminalOverview::softwareVersion).setHeader(getTranslation("terminals.softwareVersion"));
        grid.addColumn(row -> row.lastSeen() == null ? ""
                : getTranslation(row.catalogCurrent() ? "terminals.catalog.current" : "terminals.catalog.outdated"))
                .setHeader(getTranslation("terminals.catalog"));
        grid.addColumn(row -> row.lastSeen() == null ? "" : Integer.toString(row.outboxDepth()))
                .setHeader(getTranslation("terminals.outboxDepth"));
        grid.addColumn(row -> row.devices().stream().map(this::deviceText).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("terminals.devices")).setWidth("20em").setFlexGrow(1);
        grid.setItems(fleet.overview());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("terminals.heading")), grid);
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
