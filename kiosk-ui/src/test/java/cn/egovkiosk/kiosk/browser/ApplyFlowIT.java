package cn.egovkiosk.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.apply.ApplyCatalogs;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogPackage;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.DataSource;
import cn.egovkiosk.protocol.submission.Submission;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Finding and applying in real headless Chromium at 1080x1920, the kiosk in demo mode in this process: search by
 * pinyin initials → service guide → the simulated ID card → the form typed on the on-screen keyboard (digits, and a
 * Chinese name by pinyin candidates) with a validation message → review → consent → done; then a 一件事 package as one
 * form. axe-core on every screen (no serious or critical violation); no personal data in any URL or log line.
 */
class ApplyFlowIT extends DemoKioskInChromium {

    private static final String PHONE = "13912345678";
    private static final CatalogSnapshot CATALOG = ApplyCatalogs.forApplying();
    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        ADMIN.publishCatalog(CATALOG);
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-apply-browser-");
    }

    @AfterEach
    void takeTheCardAway() {
        devices.reader().orElseThrow().remove();
    }

    @Test
    void aResidentFindsAnItemByPinyinInitialsReadsItsGuideAndAppliesWithTheOnScreenKeyboard(CapturedOutput output) {
        CatalogItem item = CATALOG.items().getFirst(); // 城乡居民基本养老保险参保登记
        browser.open("http://127.0.0.1:" + port + "/");
        browser.await(By.cssSelector(".item-tile"), Duration.ofSeconds(60));
        browser.click(By.id("search-keys-toggle"), STEP);
        for (String letter : List.of("c", "x", "j", "m")) {
            browser.click(By.id("key-" + letter), STEP);
        }
        waitUntil(() -> browser.count(By.cssSelector(".item-tile")) == 1);
        browser.click(By.id("item-" + item.code()), STEP);

        browser.await(By.id("guide-materials"), STEP);
        assertThat(browser.awaitText(By.id("material-1-exempt"), STEP)).contains("免提交");
        assertAccessible("guide");
        browser.click(By.id("guide-apply"), STEP);

        browser.await(By.id("identify-status"), STEP);
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        assertThat(browser.awaitText(By.id("identity-name"), STEP)).isEqualTo("张*");
        browser.click(By.id("confirm-button"), STEP);

        browser.await(By.id("keyboard"), STEP);
        assertAccessible("form");
        browser.click(By.id("field-phone"), STEP);
        waitUntil(() -> browser.awaitText(By.id("keyboard-target"), STEP).contains("联系电话"));
        for (char digit : "139".toCharArray()) {
            browser.click(By.id("kb-" + digit), STEP);
        }
        browser.click(By.id("form-next"), STEP);
        assertThat(browser.awaitText(By.cssSelector("#field-phone [slot='error-message']"), STEP))
                .contains("11 位手机号码");
        assertAccessible("form with a validation message");
        for (char digit : PHONE.substring(3).toCharArray()) {
            browser.click(By.id("kb-" + digit), STEP);
        }

        browser.click(By.id("field-" + ApplyCatalogs.CONTACT), STEP);
        waitUntil(() -> browser.awaitText(By.id("keyboard-target"), STEP).contains("联系人"));
        for (String letter : List.of("l", "i")) {
            browser.click(By.id("kb-" + letter), STEP);
        }
        waitUntil(() -> "li".equals(browser.awaitText(By.id("kb-pinyin"), STEP)));
        assertThat(browser.awaitText(By.id("kb-cand-0"), STEP)).isEqualTo("李");
        browser.click(By.id("kb-cand-0"), STEP);
        for (String letter : List.of("m", "i", "n", "g")) {
            browser.click(By.id("kb-" + letter), STEP);
        }
        waitUntil(() -> "ming".equals(browser.awaitText(By.id("kb-pinyin"), STEP)));
        assertThat(browser.awaitText(By.id("kb-cand-0"), STEP)).isEqualTo("明");
        browser.click(By.id("kb-cand-0"), STEP);
        waitUntil(() -> "李明".equals(browser.script(
                "return document.getElementById('field-" + ApplyCatalogs.CONTACT + "').value")));
        browser.click(By.id("form-next"), STEP);

        browser.await(By.id("review-submit"), STEP);
        assertThat(browser.awaitText(By.id("review-phone"), STEP)).contains("139****5678");
        assertAccessible("review");
        int before = ADMIN.submissions.size();
        browser.click(By.id("review-submit"), STEP);

        assertThat(browser.awaitText(By.id("tracking-number"), STEP)).startsWith("ZW");
        assertAccessible("done");
        Submission sent = ADMIN.submissions.get(before);
        assertThat(sent.itemCode()).isEqualTo(item.code());
        assertThat(sent.form()).containsEntry("phone", PHONE).containsEntry(ApplyCatalogs.CONTACT, "李明");
        browser.click(By.id("finish-session"), STEP);
        browser.await(By.id("home"), STEP);
        assertNothingPersonalLeaked(output);
    }

    @Test
    void aPackageIsAppliedForWithOneFormAndConsent(CapturedOutput output) {
        CatalogPackage pack = CATALOG.packages().getFirst();
        browser.open("http://127.0.0.1:" + port + "/");
        browser.await(By.cssSelector(".item-tile"), Duration.ofSeconds(60));
        browser.click(By.id("packages-all"), STEP);
        browser.click(By.id("theme-" + pack.themeCode()), STEP);
        browser.click(By.id("package-" + pack.code()), STEP);
        browser.await(By.id("guide-package-items"), STEP);
        browser.click(By.id("guide-apply"), STEP);
        browser.await(By.id("identify-status"), STEP);
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        browser.click(By.id("confirm-button"), STEP);
        browser.await(By.id("keyboard"), STEP);
        browser.click(By.id("field-phone"), STEP);
        waitUntil(() -> browser.awaitText(By.id("keyboard-target"), STEP).contains("联系电话"));
        for (char digit : PHONE.toCharArray()) {
            browser.click(By.id("kb-" + digit), STEP);
        }
        browser.click(By.id("form-next"), STEP);
        browser.click(By.id("review-submit"), STEP);

        browser.await(By.id("consent-source-SOCIAL_INSURANCE"), STEP);
        assertAccessible("consent");
        int before = ADMIN.submissions.size();
        browser.click(By.id("consent-agree"), STEP);

        assertThat(browser.awaitText(By.id("tracking-number"), STEP)).startsWith("ZW");
        Submission sent = ADMIN.submissions.get(before);
        assertThat(sent.itemCode()).isEqualTo(pack.code());
        assertThat(sent.consent().sources()).contains(DataSource.SOCIAL_INSURANCE);
        browser.click(By.id("finish-session"), STEP);
        browser.await(By.id("home"), STEP);
        assertNothingPersonalLeaked(output);
    }

    private static void assertNothingPersonalLeaked(CapturedOutput output) {
        assertThat(browser.visitedUrls()).noneMatch(url -> url.contains(Residents.ID_NUMBER) || url.contains("1101")
                || url.contains(PHONE) || url.contains("%E6%9D%8E"));
        assertThat(output.getAll()).doesNotContain(Residents.ID_NUMBER, Residents.NAME, PHONE, "李明");
    }

    private static void waitUntil(BooleanSupplier condition) {
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
