package cn.egovkiosk.kiosk.maintenance;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The technician opens maintenance mode with the PIN, sees the devices, reads a card and prints a test receipt. */
@ExtendWith(OutputCaptureExtension.class)
class MaintenanceViewTest extends SimulatedKioskTest {

    private static final String DEMO_PIN = "246810";

    @Test
    void withTheRightPinTheTechnicianSeesDevicesReadsACardAndPrints(CapturedOutput output) {
        tap(byId("maintenance-entry"));
        awaitId("maintenance", STEP);
        enter("111111");
        assertThat(textOf("pin-status")).contains("密码不正确");
        assertThat(findById("device-statuses")).isEmpty();

        enter(DEMO_PIN);
        assertThat(textOf("device-status-ID_CARD_READER")).contains("ONLINE");
        assertThat(textOf("device-status-RECEIPT_PRINTER")).contains("ONLINE", "OK");
        assertThat(textOf("device-status-DOCUMENT_PRINTER")).contains("ONLINE");
        assertThat(textOf("device-status-CODE_SCANNER")).contains("ONLINE");

        tap(byId("test-print"));
        assertThat(devices.printer().orElseThrow().awaitReceipt(
                receipt -> String.join("\n", receipt.textLines()).contains("打印机测试页"), STEP)).isPresent();
        awaitUi("the print result", STEP, () -> textOf("test-result").contains("已打印"));

        tap(byId("test-read"));
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        awaitUi("the read result", STEP, () -> textOf("test-result").contains("读卡成功"));
        assertThat(textOf("test-result")).contains("张*", "通过").doesNotContain(Residents.NAME);
        assertThat(output.getAll()).doesNotContain(DEMO_PIN, Residents.NAME, Residents.ID_NUMBER);
    }

    private static void enter(String pin) {
        for (char digit : pin.toCharArray()) {
            tap(byId("pin-" + digit));
        }
        assertThat(textOf("pin-display")).hasSize(pin.length()).doesNotContain(pin);
        tap(byId("pin-ok"));
    }
}
