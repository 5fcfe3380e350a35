package cn.egovkiosk.kiosk.maintenance;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.SimulatedKioskTest;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/**
 * A kiosk has no keyboard, so maintenance mode has its own on the screen: a device path in both cases with its
 * symbols, a serial speed in digits, an enrollment code with dashes, each typed with the keys into the field chosen.
 */
class MaintenanceKeyboardTest extends SimulatedKioskTest {

    @Test
    void portSpeedAndEnrollmentCodeAreTypedOnTheScreenKeys() {
        MaintenanceScreens.openTools();
        assertThat(findById("maintenance-keyboard")).as("hidden until a field is chosen").isEmpty();

        choose("port-CODE_SCANNER");
        assertThat(byId("maintenance-keyboard").isVisible()).isTrue();
        assertThat(textOf("maintenance-typing-into")).contains("扫码");
        tap(byId("kb-clear"));
        press("kb-slash", "kb-d", "kb-e", "kb-v", "kb-slash", "kb-t", "kb-t", "kb-y", "kb-shift", "kb-u", "kb-s",
                "kb-b", "kb-shift", "kb-9");
        assertThat(((TextField) byId("port-CODE_SCANNER")).getValue()).isEqualTo("/dev/ttyUSB9");

        choose("baud-CODE_SCANNER");
        tap(byId("kb-clear"));
        press("kb-9", "kb-6", "kb-0", "kb-0");
        assertThat(((IntegerField) byId("baud-CODE_SCANNER")).getValue()).isEqualTo(9600);

        choose("enrollment-code");
        press("kb-shift", "kb-a", "kb-b", "kb-dash", "kb-1", "kb-2");
        assertThat(((TextField) byId("enrollment-code")).getValue()).isEqualTo("AB-12");
        assertThat(byId("maintenance-keyboard").getParent().flatMap(Component::getId)).as("below the code's row")
                .hasValue("enrollment");
        tap(byId("kb-backspace"));
        assertThat(((TextField) byId("enrollment-code")).getValue()).isEqualTo("AB-1");
        assertThat(((TextField) byId("port-CODE_SCANNER")).getValue()).as("the other field is left alone")
                .isEqualTo("/dev/ttyUSB9");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choose(String id) {
        Component field = byId(id);
        assertThat(field).isInstanceOf(AbstractField.class);
        ComponentUtil.fireEvent(field, new FocusNotifier.FocusEvent(field, true));
    }

    private static void press(String... keys) {
        for (String key : keys) {
            tap(byId(key));
        }
    }
}
