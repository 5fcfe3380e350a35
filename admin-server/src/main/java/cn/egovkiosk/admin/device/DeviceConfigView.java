package cn.egovkiosk.admin.device;

import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Device configuration for technicians: the settings of a group (defaults) or of one terminal, a form to change one
 * device, and the audit log of changes.
 */
@AdminMenu(titleKey = "nav.devices", order = 50)
@RolesAllowed({"ADMIN", "TECHNICIAN"})
@Route(value = "devices", layout = AdminLayout.class)
public class DeviceConfigView extends VerticalLayout implements HasDynamicTitle {

    static final int AUDIT_SHOWN = 50;

    private final CurrentAdmin admin;
    private final DeviceConfiguration configuration;
    private final AuditLog audit;
    private final Select<ConfigScope.Kind> scopeKind = new Select<>();
    private final TextField scopeValue = new TextField();
    private final Select<DeviceKind> device = new Select<>();
    private final TextField port = new TextField();
    private final IntegerField baud = new IntegerField();
    private final Grid<DeviceSetting> settings = new Grid<>();
    private final Grid<AuditLog.Entry> changes = new Grid<>();

    DeviceConfigView(DeviceConfiguration configuration, AuditLog audit, AdminTimeFormat time, CurrentAdmin admin) {
        this.admin = admin;
        this.configuration = configuration;
        this.audit = audit;
        scopeKind.setLabel(getTranslation("devices.scope"));
        scopeKind.setItems(ConfigScope.Kind.values());
        scopeKind.setItemLabelGenerator(kind -> getTranslation("devices.scope." + kind.name()));
        scopeKind.setValue(ConfigScope.Kind.GROUP);
        scopeKind.setId("devices-scope");
        scopeValue.setLabel(getTranslation("devices.scopeValue"));
        scopeValue.setValue("SM-CENTRE");
        scopeValue.setId("devices-scope-value");
        Button show = new Button(getTranslation("devices.show"), click -> showSettings());
        show.setId("devices-show");
        device.setLabel(getTranslation("devices.device"));
        device.setItems(DeviceKind.values());
        device.setItemLabelGenerator(kind -> getTranslation("device.kind." + kind.name()));
        device.setValue(DeviceKind.RECEIPT_PRINTER);
        port.setLabel(getTranslation("devices.port"));
        port.setId("devices-port");
        baud.setLabel(getTranslation("devices.baud"));
        baud.setId("devices-baud");
        baud.setValue(115_200);
        Button save = new Button(getTranslation("devices.save"), click -> save());
        save.setId("devices-save");
        settings.addColumn(s -> getTranslation("device.kind." + s.kind().name()))
                .setHeader(getTranslation("devices.device"));
        settings.addColumn(DeviceSetting::port).setHeader(getTranslation("devices.port"));
        settings.addColumn(DeviceSetting::baud).setHeader(getTranslation("devices.baud"));
        settings.setAllRowsVisible(true);
        settings.setId("device-settings");
        changes.addColumn(e -> time.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        changes.addColumn(AuditLog.Entry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        changes.addColumn(AuditLog.Entry::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        changes.addColumn(e -> e.before() == null ? "" : e.before()).setHeader(getTranslation("audit.before"));
        changes.addColumn(e -> e.after() == null ? "" : e.after()).setHeader(getTranslation("audit.after"));
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setId("audit-log");
        add(new H2(getTranslation("devices.heading")), row(scopeKind, scopeValue, show), settings,
                row(device, port, baud, save), new H3(getTranslation("audit.heading")), changes);
        showSettings();
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    private ConfigScope scope() {
        return new ConfigScope(scopeKind.getValue(), scopeValue.getValue().strip());
    }

    private void showSettings() {
        settings.setItems(configuration.settings(scope()));
        changes.setItems(audit.latest(AUDIT_SHOWN));
    }

    private void save() {
        try {
            long revision = configuration.set(scope(), new DeviceSetting(device.getValue(), port.getValue().strip(),
                    baud.getValue() == null ? 0 : baud.getValue()), admin.name());
            Notification.show(getTranslation("devices.saved", revision));
        } catch (ApiProblem e) {
            Notification.show(e.getMessage());
        }
        showSettings();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devices.heading") + " – " + getTranslation("admin.title");
    }
}
