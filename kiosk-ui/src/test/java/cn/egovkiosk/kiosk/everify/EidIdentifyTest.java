package cn.egovkiosk.kiosk.everify;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.device.DevicePorts;
import cn.egovkiosk.kiosk.identity.ResidentSession;
import cn.egovkiosk.kiosk.identity.VerifiedIdentity;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A resident without their ID card shows the e-ID code of their phone to the scanner: the real scanner driver reads
 * it over a socat pty from the device-drivers scanner simulator, the simulated issuing service checks it, and the
 * identity shows masked. Replays, stale screenshots, altered and foreign codes are refused in plain words.
 */
@ExtendWith(OutputCaptureExtension.class)
class EidIdentifyTest extends SimulatedKioskTest {

    @Autowired
    SimulatedEidService service;
    @Autowired
    DevicePorts ports;

    @AfterEach
    void serviceBack() {
        service.reachable(true);
    }

    @Test
    void anEidCodeIdentifiesTheResidentOnceAndIsRefusedWhenShownAgain(CapturedOutput output) {
        assertThat(ports.effective(DeviceKind.CODE_SCANNER).port()).as("a real serial line (socat pty)")
                .startsWith("/");
        openIdentify();
        assertThat(textOf("eid-hint")).contains("电子身份证");

        String code = service.issue(SimulatedEidService.demoHolders().getFirst());
        show(code);
        awaitId("identity-name", STEP);
        assertThat(textOf("identity-name")).isEqualTo("张*");
        assertThat(textOf("identity-id-number")).isEqualTo("1101**********002X");
        assertThat(textOf("identity-document")).isEqualTo("电子身份证");
        VerifiedIdentity identity = session().identity().orElseThrow();
        assertThat(identity.electronic()).isTrue();
        assertThat(identity.applicant().cardType()).isEqualTo("E_ID");
        assertThat(identity.address()).isEmpty();

        tap(byId("cancel-button"));
        openIdentify();
        // a continuous scanner drops the same code within a second as the same showing: a replay comes later
        long later = System.nanoTime() + 1_200_000_000L;
        awaitUi("a second later", STEP, () -> System.nanoTime() > later);
        show(code);
        awaitStatus("已经用过");
        assertThat(session().identity()).isEmpty();
        assertThat(output.getAll()).doesNotContain("张三", "11010519491231002X", code, code.substring(5, 20));
    }

    @Test
    void staleAlteredForeignCodesAndAnUnreachableServiceAreExplained() {
        openIdentify();
        show(service.issueExpired(SimulatedEidService.demoHolders().getFirst()));
        awaitStatus("已过期");
        show(EidSimulatorControls.forged(service.issue(SimulatedEidService.demoHolders().getFirst())));
        awaitStatus("无法通过核验");
        show("https://qr.alipay.com/fkx10000demo");
        awaitStatus("不是电子身份证");
        service.reachable(false);
        show(service.issue(SimulatedEidService.demoHolders().get(1)));
        awaitStatus("暂时无法核验");
        assertThat(byId("identify-status").getElement().getClassList()).contains("problem");
        assertThat(session().identity()).isEmpty();

        service.reachable(true);
        show(service.issue(SimulatedEidService.demoHolders().get(1)));
        awaitId("identity-name", STEP);
        assertThat(textOf("identity-name")).isEqualTo("李**");
    }

    private void openIdentify() {
        UI.getCurrent().navigate("");
        awaitId("home", STEP);
        KioskUiTestSupport.startApplying(ADMIN.catalog().items().getFirst().code());
        awaitId("eid-hint", STEP);
    }

    private void show(String code) {
        CodeScannerSimulator scanner = devices.scanner().orElseThrow();
        try {
            scanner.show(code);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitStatus(String text) {
        awaitUi("identify status with " + text, STEP, () -> textOf("identify-status").contains(text));
    }

    private ResidentSession session() {
        return context.getBean(ResidentSession.class);
    }
}
