package cn.egovkiosk.kiosk.maintenance;

import cn.egovkiosk.kiosk.device.DevicePorts;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * Maintenance mode's port settings: per device its port ({@code /dev/ttyUSB0}, {@code tcp://host:port}, empty = not
 * installed) and speed; "apply" stores it locally and reconnects the driver at once, "configured" goes back to the
 * kiosk's configuration. The fields are typed on the maintenance keyboard.
 */
class PortSettingsPanel extends Div {

    private final PortConfiguration configuration;
    private final Runnable changed;
    private final MaintenanceKeyboard keys;
    private static final int PORT_LENGTH = 128;

    private final Paragraph result = new Paragraph();
    private final Div rows = new Div();

    PortSettingsPanel(PortConfiguration configuration, Runnable changed, MaintenanceKeyboard keys) {
        this.configuration = configuration;
        this.changed = changed;
        this.keys = keys;
        setId("port-settings");
        addClassName("port-settings");
        result.setId("port-result");
        result.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("maintenance.ports")), new Paragraph(getTranslation("maintenance.ports-hint")), rows,
                result);
        render();
    }

    private void render() {
        rows.removeAll();
        for (DeviceKind kind : DevicePorts.PORT_DEVICES) {
            rows.add(row(kind));
        }
    }

    private Div row(DeviceKind kind) {
        DeviceSetting setting = configuration.effective(kind);
        TextField port = new TextField(getTranslation("maintenance.port-of", getTranslation("device." + kind.name())));
        port.setId("port-" + kind.name());
        port.setValue(setting.port());
        port.setPlaceholder("/dev/ttyUSB0");
        IntegerField baud = new IntegerField(getTranslation("maintenance.baud"));
        baud.setId("baud-" + kind.name());
        baud.setValue(setting.baud() > 0 ? setting.baud() : 115200);
        keys.serve(port, PORT_LENGTH);
        keys.serve(baud);
        Span origin = new Span(getTranslation(configuration.isLocal(kind) ? "maintenance.port-local"
                : "maintenance.port-configured"));
        origin.setId("port-origin-" + kind.name());
        origin.addClassName("port-origin");
        Button apply = new Button(getTranslation("maintenance.port-apply"),
                click -> show(kind, configuration.apply(kind, port.getValue(),
                        baud.getValue() == null ? 0 : baud.getValue())));
        apply.setId("port-apply-" + kind.name());
        Div row = new Div(port, baud, apply, origin);
        if (configuration.isLocal(kind)) {
            Button reset = new Button(getTranslation("maintenance.port-reset"),
                    click -> show(kind, configuration.reset(kind)));
            reset.setId("port-reset-" + kind.name());
            row.add(reset);
        }
        row.addClassName("port-row");
        return row;
    }

    private void show(DeviceKind kind, Optional<String> problem) {
        String device = getTranslation("device." + kind.name());
        if (problem.isPresent()) {
            result.setText(getTranslation(problem.get(), device));
            result.addClassName("problem");
            return;
        }
        result.removeClassName("problem");
        DeviceSetting now = configuration.effective(kind);
        result.setText(getTranslation("maintenance.port-applied", device,
                now.port().isBlank() ? getTranslation("maintenance.port-none") : now.port()));
        render();
        changed.run();
    }
}
