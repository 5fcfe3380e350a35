package cn.egovkiosk.kiosk.device;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.document.ServiceGuideContent;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.print.DocumentPrinting;
import cn.egovkiosk.kiosk.print.PrintOutcome;
import cn.egovkiosk.kiosk.support.Languages;
import com.vaadin.flow.component.UI;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's simulated A4 printer: switched to paper out and offline from the simulator page, which the kiosk's A4
 * printing then reports in the resident's terms; what it printed is listed there and kept as PDF in the data folder.
 */
class DocumentPrinterControlsTest extends SimulatedKioskTest {

    @Autowired
    DocumentPrinting printing;

    @Test
    void theSimulatorPageSwitchesTheA4PrinterAndListsWhatItPrinted() throws Exception {
        var a4 = devices.documentPrinter().orElseThrow();
        UI.getCurrent().navigate("simulator");
        byte[] pdf = printing.templates(Languages.CHINESE).serviceGuide(
                new ServiceGuideContent("居住证签注", "思明区公安分局", List.of(), List.of(),
                        "即办件", "不收费", "思明区政务服务中心", "https://zwfw.example.cn/item/1"));

        tap(byId("sim-a4-paper-out"));
        assertThat(textOf("sim-a4-state")).contains(DeviceState.USER_ERROR.name(), "OUT");
        assertThat(printing.print(pdf, "guide-paper-out").get(15, TimeUnit.SECONDS)).isEqualTo(PrintOutcome.PAPER_OUT);
        tap(byId("sim-a4-paper-out"));
        tap(byId("sim-a4-offline"));
        assertThat(printing.print(pdf, "guide-offline").get(15, TimeUnit.SECONDS)).isEqualTo(PrintOutcome.OFFLINE);
        tap(byId("sim-a4-offline"));
        assertThat(textOf("sim-a4-state")).contains(DeviceState.ONLINE.name());

        assertThat(printing.print(pdf, "guide-printed").get(15, TimeUnit.SECONDS)).isEqualTo(PrintOutcome.PRINTED);
        awaitUi("the listed PDF", STEP, () -> textOf("sim-a4-documents").contains("guide-printed"));
        assertThat(Files.readAllBytes(a4.printed().getLast().file())).isEqualTo(pdf);
        assertThat(a4.printed().getLast().file()).startsWith(a4.outputDir());
    }
}
