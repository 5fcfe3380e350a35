package cn.egovkiosk.kiosk.device;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo panel puts cards on the simulated reader and shows what the simulated printer received. */
class SimulatorViewTest extends SimulatedKioskTest {

    @Autowired
    KioskDevices kioskDevices;

    @Test
    void placesAndRemovesCardsAndListsReceipts() {
        UI.getCurrent().navigate("simulator");
        tap(byId("sim-card-1"));
        assertThat(devices.reader().orElseThrow().cardInField()).isTrue();
        tap(byId("sim-remove"));
        assertThat(devices.reader().orElseThrow().cardInField()).isFalse();

        kioskDevices.print(EscPosReceipt.builder().line("演示回执 demo").qr("QR-PAYLOAD-1").cut().build()).join();

        awaitUi("the receipt on the panel", STEP, () -> textOf("sim-receipts").contains("QR-PAYLOAD-1"));
        assertThat(textOf("sim-receipts")).contains("演示回执 demo");
    }
}
