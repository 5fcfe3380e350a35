package cn.egovkiosk.kiosk.maintenance;

import cn.egovkiosk.kiosk.support.TerminalCredentials;
import cn.egovkiosk.kiosk.support.UiUpdates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Maintenance mode's enrollment: the terminal id this kiosk runs as, and the field for the one-time code the
 * administrator issued. The code field is cleared whatever happens; the credential is never shown.
 */
class EnrollmentPanel extends Div {

    private final Enrollment enrollment;
    private final TerminalCredentials credentials;
    private final Paragraph terminal = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final TextField code = new TextField();
    private final Button enroll = new Button();

    EnrollmentPanel(Enrollment enrollment, TerminalCredentials credentials, MaintenanceKeyboard keys) {
        this.enrollment = enrollment;
        this.credentials = credentials;
        setId("enrollment");
        terminal.setId("terminal-id");
        result.setId("enrollment-result");
        result.getElement().setAttribute("role", "status");
        code.setId("enrollment-code");
        code.setLabel(getTranslation("maintenance.enrollment-code"));
        code.setPlaceholder("7K3Q-M9XD-2HTP");
        code.setMaxLength(64);
        keys.serve(code, 64);
        enroll.setText(getTranslation("maintenance.enroll"));
        enroll.setId("enroll-button");
        enroll.addClickListener(click -> start());
        add(new H2(getTranslation("maintenance.enrollment")), terminal, new Div(code, enroll), result);
        showTerminal();
    }

    private void showTerminal() {
        terminal.setText(credentials.terminalId().map(id -> getTranslation("maintenance.terminal-id", id))
                .orElseGet(() -> getTranslation("maintenance.not-enrolled")));
    }

    private void start() {
        UI ui = UI.getCurrent();
        String typed = code.getValue();
        code.clear();
        enroll.setEnabled(false);
        result.setText(getTranslation("maintenance.enrolling"));
        enrollment.enroll(typed).thenAccept(outcome -> UiUpdates.later(ui, () -> {
            enroll.setEnabled(true);
            result.setClassName("problem", !(outcome instanceof Enrollment.Result.Enrolled));
            result.setText(switch (outcome) {
                case Enrollment.Result.Enrolled done -> getTranslation(done.confirmed() ? "maintenance.enrolled"
                        : "maintenance.enrolled-unconfirmed", done.terminalId());
                case Enrollment.Result.Refused refused -> getTranslation("maintenance.enroll-refused");
                case Enrollment.Result.Malformed malformed -> getTranslation("maintenance.enroll-malformed");
                case Enrollment.Result.Failed failed -> getTranslation("maintenance.enroll-failed");
            });
            showTerminal();
        }));
    }
}
