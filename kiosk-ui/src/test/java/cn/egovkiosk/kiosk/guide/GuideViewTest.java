package cn.egovkiosk.kiosk.guide;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.DocumentPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedDocument;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The service guide of the fixture's first item: its elements on the screen and on the simulated A4 printer. */
class GuideViewTest extends SimulatedKioskTest {

    @Test
    void theGuideShowsConditionsMaterialsWithTheExemptMarkTimeLimitFeesPlaceAndHours() {
        CatalogItem item = ADMIN.catalog().items().getFirst();
        tap(byId("item-" + item.code()));
        awaitId("guide", STEP);

        assertThat(textOf("guide")).contains(item.name(), item.department());
        assertThat(textOf("guide-conditions")).contains("年满16周岁");
        assertThat(textOf("material-0")).contains("居民身份证", "原件", "1 份");
        assertThat(findById("material-0-exempt")).isEmpty();
        assertThat(textOf("material-1-exempt")).isEqualTo("免提交（数据共享）");
        assertThat(textOf("material-1")).contains("户口簿", "视情况提供");
        assertThat(textOf("guide-time-limit")).contains("即办件", "法定 5 个工作日");
        assertThat(textOf("guide-fees")).contains("不收费");
        assertThat(textOf("guide-place")).contains("思明区政务服务中心");
        assertThat(textOf("guide-hours")).contains("8:30-12:00");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("only the item code in the URL").isEqualTo("guide/" + item.code());

        tap(byId("guide-back"));
        awaitId("home", STEP);
    }

    @Test
    void theGuidePrintsOnA4WithTheSameContent() throws IOException {
        CatalogItem item = ADMIN.catalog().items().getFirst();
        DocumentPrinterSimulator printer = devices.documentPrinter().orElseThrow();
        int before = printer.printed().size();
        tap(byId("item-" + item.code()));
        awaitId("guide", STEP);

        tap(byId("guide-print"));

        awaitUi("the guide is printed", STEP, () -> textOf("guide-print-status").contains("已打印"));
        PrintedDocument printed = printer.printed().get(before);
        assertThat(printed.title()).isEqualTo("guide " + item.code());
        try (PDDocument pdf = Loader.loadPDF(printed.file().toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(item.name(), "户口簿", "免提交", "不收费", "思明区政务服务中心");
        }
        assertThat(((Button) byId("guide-print")).isEnabled()).isTrue();
    }

    @Test
    void applyingFromTheGuideAsksForTheIdCard() {
        CatalogItem item = ADMIN.catalog().items().getFirst();
        tap(byId("item-" + item.code()));
        awaitId("guide", STEP);
        tap(byId("guide-apply"));
        awaitId("identify", STEP);
        assertThat(textOf("identify")).contains(item.name());
    }
}
