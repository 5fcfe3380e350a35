package cn.egovkiosk.admin.device;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.AdminUi;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.TerminalConfiguration;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class DeviceConfigViewTest extends AdminServerTestSupport {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void closeUi() {
        AdminUi.close();
    }

    @Test
    void aTechnicianChangesATerminalsPrinterPortAndTheKioskGetsItWithTheChangeAudited() {
        String id = "sm-devices-ui-" + UUID.randomUUID().toString().substring(0, 6);
        TerminalClient kiosk = enrolledKiosk(id, "SM-CENTRE");
        AdminUi.open(context, Locale.SIMPLIFIED_CHINESE, "devices");

        @SuppressWarnings("unchecked")
        Select<ConfigScope.Kind> scope = _get(Select.class, spec -> spec.withLabel("配置范围"));
        scope.setValue(ConfigScope.Kind.TERMINAL);
        _get(TextField.class, spec -> spec.withLabel("分组编码或终端编号")).setValue(id);
        _get(TextField.class, spec -> spec.withLabel("端口")).setValue("tcp://10.0.0.7:9100");
        _get(IntegerField.class, spec -> spec.withLabel("波特率")).setValue(0);
        _click(_get(Button.class, spec -> spec.withText("保存")));

        TerminalConfiguration config = TerminalClient.read(kiosk.get(TerminalApi.CONFIG), TerminalConfiguration.class);
        assertThat(config.devices().get(DeviceKind.RECEIPT_PRINTER.ordinal()).port()).isEqualTo("tcp://10.0.0.7:9100");
        Grid<?> settings = _get(Grid.class, spec -> spec.withId("device-settings"));
        assertThat(GridKt._getFormattedRow(settings, 0)).containsExactly("凭条打印机", "tcp://10.0.0.7:9100", "0");
        Grid<?> audit = _get(Grid.class, spec -> spec.withId("audit-log"));
        assertThat(GridKt._getFormattedRow(audit, 0)).contains("admin", "TERMINAL " + id + " RECEIPT_PRINTER");
    }
}
