package cn.egovkiosk.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.FakeCaseOffice;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The screens after a submission, in headless Chromium at 1080x1920 with the kiosk in demo mode: a 秒批 item with a
 * certificate (decision shown, certificate checked and printed on the simulated A4 printer), then the progress query
 * for its tracking number with the last four characters of the ID number, and a query that matches nothing. axe-core
 * finds no serious or critical violation on any of them; no URL and no log line carries the resident's data.
 */
class CertificateAndProgressIT extends DemoKioskInChromium {

    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-browser-certificate-");
        registry.add("kiosk.devices.document-printer.simulated-page-time", () -> "2s");
    }

    @Test
    void decisionCertificateAndProgressAreAccessibleAndLeakNothing(CapturedOutput output) {
        CatalogItem item = ADMIN.catalog().items().stream().filter(CatalogItem::producesCertificate).findFirst()
                .orElseThrow();
        browser.open("http://127.0.0.1:" + port + "/");
        browser.await(By.id("item-" + item.code()), Duration.ofSeconds(60));
        browser.await(By.cssSelector("#item-" + item.code() + ":not(.unavailable)"), STEP);

        applyWithTheSampleCard(item);
        browser.await(By.id("decision"), STEP);
        assertThat(browser.awaitText(By.id("decision-outcome"), STEP)).isEqualTo("已通过（秒批）");
        assertThat(browser.awaitText(By.id("certificate-status-0"), STEP)).contains("正在打印");
        browser.await(By.id("certificate-progress-0"), STEP);
        assertAccessible("done, certificate printing");
        waitUntil(() -> browser.awaitText(By.id("certificate-status-0"), STEP).contains("已打印"));
        assertThat(browser.awaitText(By.id("certificate-0"), STEP)).contains(FakeCaseOffice.CERTIFICATE_TITLE);
        assertAccessible("done, decision and certificate printed");
        String tracking = browser.awaitText(By.id("tracking-number"), STEP);
        devices.reader().orElseThrow().remove();

        browser.click(By.id("finish-button"), STEP);
        browser.click(By.id("progress-entry"), STEP);
        browser.await(By.id("progress-tracking"), STEP);
        assertAccessible("progress, tracking number");
        type("progress-key", tracking.substring(2));
        browser.click(By.id("progress-next"), STEP);
        browser.await(By.id("progress-use-last4"), STEP);
        assertAccessible("progress, second factor");
        browser.click(By.id("progress-use-last4"), STEP);
        type("progress-id-key", "002X");
        assertAccessible("progress, last four typed");
        browser.click(By.id("progress-query"), STEP);
        assertThat(browser.awaitText(By.id("progress-status"), STEP)).isEqualTo("已批准");
        assertThat(browser.awaitText(By.id("progress-applicant"), STEP)).isEqualTo("张*");
        assertAccessible("progress, answer");

        browser.click(By.id("progress-again"), STEP);
        type("progress-key", tracking.substring(2));
        browser.click(By.id("progress-next"), STEP);
        browser.click(By.id("progress-use-last4"), STEP);
        type("progress-id-key", "1234");
        browser.click(By.id("progress-query"), STEP);
        waitUntil(() -> browser.awaitText(By.id("progress-message"), STEP).contains("没有找到相符的申请"));
        assertAccessible("progress, no match");

        assertThat(browser.visitedUrls()).noneMatch(url -> url.contains(Residents.ID_NUMBER) || url.contains("002X")
                || url.contains(tracking));
        assertThat(output.getAll()).doesNotContain(Residents.ID_NUMBER, Residents.NAME);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting in the browser").isLessThan(deadline);
            pause();
        }
    }
}
