package cn.egovkiosk.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every resident screen and maintenance mode in real headless Chromium at 1080x1920, the kiosk in demo mode in this
 * process: axe-core finds no serious or critical violation on any screen; 长辈模式 gives body text of at least 28 px
 * and touch targets of at least 60 px and fewer tiles; no URL and no log line carries the resident's data.
 */
class ResidentScreensIT extends DemoKioskInChromium {

    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @Autowired
    CatalogSync sync;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-browser-");
    }

    @Test
    void everyScreenIsAccessibleAndElderlyModeIsLargeEnough(CapturedOutput output) {
        browser.open("http://127.0.0.1:" + port + "/");
        browser.await(By.cssSelector(".item-tile"), Duration.ofSeconds(60));
        assertAccessible("home");
        assertThat(((Number) browser.smallest().get(1)).doubleValue()).as("touch targets, normal mode")
                .isGreaterThanOrEqualTo(44);

        browser.click(By.id("elderly-toggle"), STEP);
        waitUntil(() -> browser.bodyHasClass("elderly"));
        assertElderlySized("home, elderly mode");
        assertAccessible("home, elderly mode");
        assertThat(browser.count(By.cssSelector(".item-tile"))).isLessThanOrEqualTo(4);
        waitUntil(() -> String.valueOf(browser.script("return window.kioskPrompts")).contains("长辈模式"));

        browser.click(By.cssSelector(".item-tile:not(.unavailable)"), STEP);
        browser.await(By.id("guide-apply"), STEP);
        assertElderlySized("guide, elderly mode");
        browser.click(By.id("guide-apply"), STEP);
        browser.await(By.id("identify-status"), STEP);
        assertElderlySized("identify, elderly mode");
        assertAccessible("identify");
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        assertThat(browser.awaitText(By.id("identity-name"), STEP)).isEqualTo("张*");
        assertAccessible("identify, identity shown");

        browser.click(By.id("confirm-button"), STEP);
        // the form and review (ApplyFlowIT walks them in detail): the phone on the on-screen keyboard
        browser.await(By.id("keyboard"), STEP);
        assertElderlySized("form, elderly mode");
        browser.click(By.id("field-phone"), STEP);
        for (char digit : "13912345678".toCharArray()) {
            browser.click(By.id("kb-" + digit), STEP);
        }
        browser.click(By.id("form-next"), STEP);
        browser.await(By.id("review-submit"), STEP);
        assertElderlySized("review, elderly mode");
        browser.click(By.id("review-submit"), STEP);
        assertThat(browser.awaitText(By.id("tracking-number"), STEP)).startsWith("ZW");
        browser.await(By.id("finish-button"), STEP);
        assertElderlySized("done, elderly mode");
        assertAccessible("done");

        browser.click(By.id("finish-session"), STEP);
        browser.await(By.id("home"), STEP);
        waitUntil(() -> !browser.bodyHasClass("elderly"));
        devices.reader().orElseThrow().remove();

        browser.click(By.id("maintenance-entry"), STEP);
        browser.await(By.id("pin-ok"), STEP);
        assertAccessible("maintenance PIN");
        for (char digit : "246810".toCharArray()) {
            browser.click(By.id("pin-" + digit), STEP);
        }
        browser.click(By.id("pin-ok"), STEP);
        browser.await(By.id("device-status-ID_CARD_READER"), STEP);
        assertAccessible("maintenance tools");

        browser.click(By.id("maintenance-exit"), STEP);
        browser.click(By.id("language-toggle"), STEP);
        waitUntil(() -> "en".equals(browser.script("return document.documentElement.lang")));
        try {
            ADMIN.catalogDown(true);
            sync.syncNow();
            browser.await(By.id("offline-banner"), STEP);
            assertAccessible("home in English, offline, with an unavailable item");
        } finally {
            ADMIN.catalogDown(false);
            sync.syncNow();
        }

        assertThat(browser.visitedUrls()).noneMatch(url -> url.contains(Residents.ID_NUMBER) || url.contains("1101"));
        assertThat(output.getAll()).doesNotContain(Residents.ID_NUMBER, Residents.NAME, "246810");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting in the browser").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
