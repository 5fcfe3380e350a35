package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.admin.security.CurrentAdmin;
import cn.egovkiosk.admin.support.AdminLayout;
import cn.egovkiosk.admin.support.AdminMenu;
import cn.egovkiosk.admin.support.AdminTimeFormat;
import cn.egovkiosk.admin.support.ApiProblem;
import cn.egovkiosk.admin.terminal.TerminalGroups.TerminalGroup;
import cn.egovkiosk.admin.terminal.TerminalRegistry.IssuedEnrollmentCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The terminal registry for technicians: register a terminal (site, address, coordinates, group), issue its
 * one-time enrollment code (shown once, here only), revoke its credential.
 */
@AdminMenu(titleKey = "nav.enrollment", order = 40)
@RolesAllowed({"ADMIN", "TECHNICIAN"})
@Route(value = "registry", layout = AdminLayout.class)
public class TerminalRegistryView extends VerticalLayout implements HasDynamicTitle {

    private final TerminalRegistry registry;
    private final CurrentAdmin admin;
    private final AdminTimeFormat time;
    private final Grid<RegisteredTerminal> grid = new Grid<>();
    private final TextField id = new TextField();
    private final TextField site = new TextField();
    private final TextField address = new TextField();
    private final NumberField latitude = new NumberField();
    private final NumberField longitude = new NumberField();
    private final Select<String> group = new Select<>();
    private final Span code = new Span();

    TerminalRegistryView(TerminalRegistry registry, TerminalGroups groups, CurrentAdmin admin, AdminTimeFormat time) {
        this.registry = registry;
        this.admin = admin;
        this.time = time;
        configureForm(groups.all().stream().collect(Collectors.toMap(TerminalGroup::code, Function.identity())));
        configureGrid();
        code.setId("enrollment-code");
        code.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-family", "monospace");
        Button create = new Button(getTranslation("registry.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("terminal-create");
        add(new H2(getTranslation("registry.heading")),
                new FormLayout(id, site, address, latitude, longitude, group), create,
                new HorizontalLayout(new Paragraph(getTranslation("registry.code.hint")), code), grid);
        refresh();
    }

    private void configureForm(Map<String, TerminalGroup> groups) {
        id.setLabel(getTranslation("terminals.id"));
        id.setHelperText(getTranslation("registry.id.help"));
        id.setId("terminal-id");
        site.setLabel(getTranslation("terminals.site"));
        site.setId("terminal-site");
        address.setLabel(getTranslation("registry.address"));
        address.setId("terminal-address");
        latitude.setLabel(getTranslation("registry.latitude"));
        latitude.setValue(24.48);
        longitude.setLabel(getTranslation("registry.longitude"));
        longitude.setValue(118.09);
        group.setLabel(getTranslation("terminals.group"));
        group.setItems(groups.keySet().stream().sorted().toList());
        group.setItemLabelGenerator(code -> code + " " + groups.get(code).name());
        groups.keySet().stream().sorted().findFirst().ifPresent(group::setValue);
        group.setId("terminal-group");
    }

    private void configureGrid() {
        grid.addColumn(RegisteredTerminal::id).setHeader(getTranslation("terminals.id")).setAutoWidth(true);
        grid.addColumn(RegisteredTerminal::site).setHeader(getTranslation("terminals.site")).setAutoWidth(true);
        grid.addColumn(RegisteredTerminal::groupCode).setHeader(getTranslation("terminals.group"));
        grid.addColumn(t -> getTranslation(t.hasCredential() ? "registry.enrolled"
                : t.revokedAt() != null ? "registry.revoked" : "registry.notEnrolled"))
                .setHeader(getTranslation("registry.credential"));
        grid.addColumn(t -> time.format(t.enrolledAt())).setHeader(getTranslation("registry.enrolledAt"));
        grid.addComponentColumn(t -> {
            Button issue = new Button(getTranslation("registry.issueCode"), click -> issueCode(t.id()));
            issue.setId("issue-code-" + t.id());
            Button revoke = new Button(getTranslation("registry.revoke"), click -> revoke(t.id()));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setEnabled(t.hasCredential());
            return new HorizontalLayout(issue, revoke);
        }).setHeader(getTranslation("grid.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("registered-terminals");
    }

    private void create() {
        boolean missing = false;
        for (TextField field : List.of(site, address)) {
            field.setInvalid(field.getValue().isBlank());
            field.setErrorMessage(getTranslation("registry.required"));
            missing |= field.isInvalid();
        }
        if (missing) {
            return;
        }
        NewTerminal terminal = new NewTerminal(id.getValue().strip(), site.getValue().strip(),
                address.getValue().strip(), latitude.getValue() == null ? Double.NaN : latitude.getValue(),
                longitude.getValue() == null ? Double.NaN : longitude.getValue(), group.getValue());
        try {
            registry.create(terminal, admin.name());
        } catch (ApiProblem e) {
            id.setInvalid(true);
            id.setErrorMessage(getTranslation(e.status().value() == 409 ? "registry.id.taken" : "registry.invalid"));
            return;
        }
        id.setInvalid(false);
        Notification.show(getTranslation("registry.created", terminal.id()));
        issueCode(terminal.id());
    }

    private void issueCode(String terminalId) {
        IssuedEnrollmentCode issued = registry.issueEnrollmentCode(terminalId, admin.name());
        code.setText(getTranslation("registry.code", issued.terminalId(), issued.code(),
                time.format(issued.expiresAt())));
        code.getElement().setAttribute("data-code", issued.code());
        refresh();
    }

    private void revoke(String terminalId) {
        registry.revoke(terminalId, admin.name());
        Notification.show(getTranslation("registry.revoked.done", terminalId));
        refresh();
    }

    private void refresh() {
        grid.setItems(registry.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registry.heading") + " – " + getTranslation("admin.title");
    }
}
