package cn.egovkiosk.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.everify.SimulatedEidService;
import cn.egovkiosk.kiosk.form.LongForms;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 长辈模式's fewer choices per screen, in headless Chromium at 1080x1920: the home screen with four tiles and only
 * the main ways in (more filters behind one button), the identify screen's e-ID prompt (hint, a refused code, an
 * accepted one), and a long form a step of three fields at a time with its messages, then the review. On every
 * screen: text at least 28 px, touch targets at least 60 px (computed in the page), no serious or critical axe-core
 * violation.
 */
class ElderlyModeIT extends DemoKioskInChromium {

    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    static {
        ADMIN.publishCatalog(LongForms.catalog());
    }

    @Autowired
    SimulatedEidService eid;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-browser-elderly-");
    }

    @Test
    void everyElderlyScreenAsksLittleIsLargeEnoughAndAccessible(CapturedOutput output) {
        CatalogItem item = ADMIN.catalog().items().getFirst();
        browser.open("http://127.0.0.1:" + port + "/");
        browser.await(By.cssSelector(".item-tile"), Duration.ofSeconds(60));
        browser.click(By.id("elderly-toggle"), STEP);
        KioskChromium.waitUntil(() -> browser.bodyHasClass("elderly"), STEP);

        browser.await(By.id("more-filters"), STEP);
        assertThat(browser.count(By.cssSelector(".item-tile"))).isLessThanOrEqualTo(4);
        assertThat(browser.count(By.id("department-all"))).isZero();
        assertThat(browser.count(By.id("flag-all"))).isZero();
        assertElderlySized("home, elderly mode");
        assertAccessible("home, elderly mode");
        browser.click(By.id("more-filters"), STEP);
        browser.await(By.id("department-all"), STEP);
        assertElderlySized("home, elderly mode, more filters");
        assertAccessible("home, elderly mode, more filters");
        browser.click(By.id("more-filters"), STEP);
        browser.click(By.id("packages-all"), STEP);
        browser.await(By.id("theme-all"), STEP);
        assertElderlySized("home, elderly mode, 一件事 and themes");
        assertAccessible("home, elderly mode, 一件事 and themes");
        browser.click(By.id("way-all"), STEP);

        browser.click(By.id("item-" + item.code()), STEP);
        browser.click(By.id("guide-apply"), STEP);
        browser.await(By.id("eid-hint"), STEP);
        assertElderlySized("identify with the e-ID prompt, elderly mode");
        assertAccessible("identify with the e-ID prompt, elderly mode");
        show(eid.issueExpired(SimulatedEidService.demoHolders().getFirst()));
        KioskChromium.waitUntil(() -> browser.awaitText(By.id("identify-status"), STEP).contains("已过期"), STEP);
        assertElderlySized("identify, e-ID code refused, elderly mode");
        assertAccessible("identify, e-ID code refused, elderly mode");
        show(eid.issue(SimulatedEidService.demoHolders().getFirst()));
        assertThat(browser.awaitText(By.id("identity-name"), STEP)).isEqualTo("张*");
        assertElderlySized("identify, identified by e-ID, elderly mode");
        assertAccessible("identify, identified by e-ID, elderly mode");

        browser.click(By.id("confirm-button"), STEP);
        assertThat(browser.awaitText(By.id("form-step"), STEP)).isEqualTo("第 1 / 2 步");
        assertThat(browser.count(By.id("field-postcode"))).isZero();
        assertElderlySized("form step 1, elderly mode");
        assertAccessible("form step 1, elderly mode");
        browser.click(By.id("form-next"), STEP);
        KioskChromium.waitUntil(() -> browser.count(By.cssSelector("#field-phone[invalid]")) > 0, STEP);
        assertThat(browser.awaitText(By.id("form-step"), STEP)).isEqualTo("第 1 / 2 步");
        assertElderlySized("form step 1 with messages, elderly mode");
        assertAccessible("form step 1 with messages, elderly mode");

        browser.click(By.id("field-phone"), STEP);
        typeKeys("13912345678");
        browser.click(By.id("field-contact"), STEP);
        browser.click(By.id("kb-mode-letters"), STEP);
        typeKeys("li");
        browser.click(By.id("form-next"), STEP);
        KioskChromium.waitUntil(() -> "第 2 / 2 步".equals(browser.awaitText(By.id("form-step"), STEP)), STEP);
        browser.await(By.id("form-previous"), STEP);
        assertElderlySized("form step 2, elderly mode");
        assertAccessible("form step 2, elderly mode");
        browser.click(By.id("field-postcode"), STEP);
        typeKeys("361000");
        browser.click(By.id("form-next"), STEP);
        browser.await(By.id("review-submit"), STEP);
        assertThat(browser.awaitText(By.id("review-postcode"), STEP)).contains("361000");
        assertElderlySized("review, elderly mode");
        assertAccessible("review, elderly mode");

        assertThat(browser.visitedUrls()).noneMatch(url -> url.contains(Residents.ID_NUMBER) || url.contains("EID"));
        assertThat(output.getAll()).doesNotContain(Residents.ID_NUMBER, Residents.NAME, "13912345678");
    }

    private static void typeKeys(String characters) {
        for (char c : characters.toCharArray()) {
            browser.click(By.id("kb-" + c), STEP);
        }
    }

    private void show(String code) {
        try {
            devices.scanner().orElseThrow().show(code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
