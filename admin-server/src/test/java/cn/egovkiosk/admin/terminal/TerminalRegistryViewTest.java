package cn.egovkiosk.admin.terminal;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.security.Role;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.AuditLog;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.enrollment.TerminalCredentialGrant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A technician registers a terminal on the registry page and the code shown there enrolls a kiosk over HTTP. */
class TerminalRegistryViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog audit;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    @Test
    void aTerminalRegisteredOnThePageEnrollsWithTheCodeShownOnce() {
        String id = "sm-registry-" + UUID.randomUUID().toString().substring(0, 6);
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "registry", "technician", Role.TECHNICIAN);

        _get(TextField.class, spec -> spec.withId("terminal-id")).setValue(id);
        _get(TextField.class, spec -> spec.withId("terminal-site")).setValue("鹭江街道社区服务站");
        _get(TextField.class, spec -> spec.withId("terminal-address")).setValue("厦门市思明区鹭江道 8 号");
        _click(_get(Button.class, spec -> spec.withId("terminal-create")));

        String code = _get(Span.class, spec -> spec.withId("enrollment-code")).getElement().getAttribute("data-code");
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        TerminalCredentialGrant grant = TerminalClient.read(withAuthorization(null).post(TerminalApi.ENROLL,
                "{\"enrollmentCode\":\"" + code + "\"}"), TerminalCredentialGrant.class);
        assertThat(grant.terminalId()).isEqualTo(id);
        assertThat(terminalRegistry.find(id).orElseThrow().groupCode()).isEqualTo("SM-CENTRE");
        assertThat(audit.latest(5)).extracting(AuditLog.Entry::action)
                .contains("terminal.create", "terminal.enrollment-code");
        assertThat(audit.latest(5)).noneMatch(entry -> String.valueOf(entry.after()).contains(code));
    }

    @Test
    void missingFieldsAreMarkedAndNothingIsRegistered() {
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "registry", "admin", Role.ADMIN);
        int before = terminalRegistry.all().size();

        _get(TextField.class, spec -> spec.withId("terminal-id")).setValue("sm-missing-fields");
        _click(_get(Button.class, spec -> spec.withId("terminal-create")));

        assertThat(_get(TextField.class, spec -> spec.withId("terminal-site")).isInvalid()).isTrue();
        assertThat(terminalRegistry.all()).hasSize(before);
    }
}
