package cn.egovkiosk.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.DocumentPrinterSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.FakeCaseOffice;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.PrintedPdfs;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.submission.Outbox;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Print my certificate later", in headless Chromium at 1080x1920: a certificate item submitted while the server
 * takes no submissions (the done screen says the application is kept and will be sent, gives the kiosk reference and
 * where to print the certificate later); the server comes back and the outbox delivers while the done screen is still
 * open, which switches to the tracking number and the 秒批 decision (said aloud in 长辈模式) and prints a receipt with
 * the tracking number on request; at the progress query the
 * kiosk reference finds the tracking number, the ID card proves who asks, and "打印证书" prints the verified
 * certificate on the simulated A4 printer: a PDF with the certificate's title. axe-core on every screen; no URL and
 * no log line carries the resident's data. All in 长辈模式: text at least 28 px, touch targets at least 60 px.
 */
class PrintLaterIT extends DemoKioskInChromium {

    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @Autowired
    Outbox outbox;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-browser-print-later-");
        registry.add("kiosk.ack-wait", () -> "3s");
        registry.add("kiosk.outbox.retry-min", () -> "200ms");
        registry.add("kiosk.outbox.retry-max", () -> "1s");
        registry.add("kiosk.devices.document-printer.simulated-page-time", () -> "1s");
    }

    @Test
    void aCertificateStoredOfflineIsPrintedLaterAtTheProgressQuery(CapturedOutput output) throws Exception {
        CatalogItem item = ADMIN.catalog().items().stream().filter(CatalogItem::producesCertificate).findFirst()
                .orElseThrow();
        browser.open("http://127.0.0.1:" + port + "/");
        browser.await(By.cssSelector("#item-" + item.code() + ":not(.unavailable)"), Duration.ofSeconds(60));
        ADMIN.submissionsDown(true);
        elderlyMode();

        applyWithTheSampleCard(item);
        String reference = browser.awaitText(By.id("local-reference"), STEP);
        assertThat(reference).startsWith("L-");
        assertThat(browser.awaitText(By.id("done-status"), STEP)).contains("已安全保存在本机", "自动提交");
        assertThat(browser.awaitText(By.id("certificate-later"), STEP)).contains("稍后在本机打印", "查询办理进度");
        assertThat(browser.count(By.id("certificates"))).as("nothing to print yet").isZero();
        assertAccessible("done, stored offline, certificate for later");
        assertElderlySized("done, stored offline, elderly mode");

        ADMIN.submissionsDown(false);
        String tracking = browser.awaitText(By.id("tracking-number"), STEP);
        assertThat(tracking(reference)).contains(tracking);
        assertThat(browser.count(By.id("local-reference"))).as("the kiosk reference gave way").isZero();
        assertThat(browser.awaitText(By.id("done-status"), STEP)).contains("已送达");
        assertThat(browser.awaitText(By.id("delivered-from"), STEP)).contains(reference);
        assertThat(browser.awaitText(By.id("decision-outcome"), STEP)).isEqualTo("已通过（秒批）");
        assertThat(browser.awaitText(By.id("certificate-later"), STEP)).contains("受理编号");
        KioskChromium.waitUntil(() -> String.valueOf(browser.script("return window.kioskPrompts")).contains("已送达"),
                STEP);
        assertAccessible("done, delivered while the screen was open");
        assertElderlySized("done, delivered while the screen was open, elderly mode");
        int receiptsBefore = devices.receipts().size();
        browser.click(By.id("receipt-with-tracking"), STEP);
        KioskChromium.waitUntil(() -> devices.receipts().size() > receiptsBefore, STEP);
        assertThat(String.join("\n", devices.receipts().get(receiptsBefore).textLines())).contains(tracking)
                .doesNotContain(reference);
        devices.reader().orElseThrow().remove();
        browser.click(By.id("finish-button"), STEP);
        browser.await(By.id("home"), STEP);

        elderlyMode();
        browser.click(By.id("progress-entry"), STEP);
        browser.await(By.id("progress-use-local"), STEP);
        assertElderlySized("progress, tracking number, elderly mode");
        browser.click(By.id("progress-use-local"), STEP);
        type("progress-key", reference.substring(2));
        browser.click(By.id("progress-next"), STEP);
        assertThat(browser.awaitText(By.id("progress-found-number"), STEP)).contains(tracking);
        assertAccessible("progress, found by the kiosk reference");
        assertElderlySized("progress, found by the kiosk reference, elderly mode");

        DocumentPrinterSimulator a4 = devices.documentPrinter().orElseThrow();
        int printedBefore = a4.printed().size();
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        browser.await(By.id("progress-print"), STEP);
        assertThat(browser.awaitText(By.id("progress-status"), STEP)).isEqualTo("已批准");
        assertAccessible("progress, approved, certificate offered");
        assertElderlySized("progress, certificate offered, elderly mode");
        browser.click(By.id("progress-print"), STEP);
        KioskChromium.waitUntil(() -> browser.awaitText(By.id("certificate-status-0"), STEP).contains("已打印"),
                Duration.ofSeconds(60));
        assertAccessible("progress, certificate printed");
        assertElderlySized("progress, certificate printed, elderly mode");

        assertThat(a4.printed()).hasSize(printedBefore + 1);
        assertThat(PrintedPdfs.text(a4.printed().getLast().file())).contains(FakeCaseOffice.CERTIFICATE_TITLE);
        devices.reader().orElseThrow().remove();
        assertThat(browser.visitedUrls()).noneMatch(url -> url.contains(Residents.ID_NUMBER)
                || url.contains(reference) || url.contains(tracking));
        assertThat(output.getAll()).doesNotContain(Residents.ID_NUMBER, Residents.NAME);
    }

    // the resident of 70 this is for: every screen of the flow in 长辈模式 (a finished session turns it off)
    private static void elderlyMode() {
        browser.click(By.id("elderly-toggle"), STEP);
        KioskChromium.waitUntil(() -> browser.bodyHasClass("elderly"), STEP);
    }

    private Optional<String> tracking(String reference) {
        return outbox.keyOfLocalReference(reference).flatMap(outbox::trackingNumber);
    }
}
