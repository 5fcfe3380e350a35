package cn.egovkiosk.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.Residents;
import cn.egovkiosk.kiosk.everify.SimulatedEidService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In real headless Chromium at 1080x1920, the kiosk in demo mode in this process: identification by e-ID (the code
 * shown to the simulated scanner over a socat pty, refused once, then accepted), the idle warning overlay, and
 * maintenance mode with its port settings and an enrollment typed in; axe-core finds no serious or critical violation
 * on any of them, and no URL or log line carries the resident's data, the enrollment code or the credential.
 */
class IdentifyAndMaintenanceIT extends DemoKioskInChromium {

    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @Autowired
    SimulatedEidService eid;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-browser-eid-");
        // the "still there?" notice comes 8 s before the wipe
        registry.add("kiosk.idle-timeout", () -> "24s");
    }

    @Test
    void eidIdleWarningAndMaintenanceAreAccessible(CapturedOutput output) {
        browser.open("http://127.0.0.1:" + port + "/");
        browser.await(By.cssSelector(".item-tile"), Duration.ofSeconds(60));
        browser.click(By.cssSelector(".item-tile"), STEP);
        browser.click(By.id("guide-apply"), STEP);
        browser.await(By.id("eid-hint"), STEP);
        assertAccessible("identify with the e-ID hint");

        show(eid.issueExpired(SimulatedEidService.demoHolders().getFirst()));
        waitUntil(() -> browser.awaitText(By.id("identify-status"), STEP).contains("已过期"));
        assertAccessible("identify, an expired e-ID code refused");
        String code = eid.issue(SimulatedEidService.demoHolders().getFirst());
        show(code);
        assertThat(browser.awaitText(By.id("identity-name"), STEP)).isEqualTo("张*");
        assertThat(browser.awaitText(By.id("identity-document"), STEP)).isEqualTo("电子身份证");
        assertAccessible("identify, identified by e-ID");

        browser.await(By.id("idle-warning"), STEP);
        assertAccessible("the idle warning over the identify screen");
        browser.click(By.id("idle-continue"), STEP);
        browser.awaitGone(By.id("idle-warning"), STEP);
        browser.click(By.id("finish-session"), STEP);
        browser.await(By.id("home"), STEP);

        browser.click(By.id("maintenance-entry"), STEP);
        for (char digit : "246810".toCharArray()) {
            browser.click(By.id("pin-" + digit), STEP);
        }
        browser.click(By.id("pin-ok"), STEP);
        browser.await(By.id("port-CODE_SCANNER"), STEP);
        assertThat(browser.awaitText(By.id("device-status-CODE_SCANNER"), STEP)).contains("ONLINE");
        assertAccessible("maintenance tools with ports and enrollment");
        browser.type(By.cssSelector("#port-RECEIPT_PRINTER input"), "printer", STEP);
        browser.click(By.id("port-apply-RECEIPT_PRINTER"), STEP);
        waitUntil(() -> browser.awaitText(By.id("port-result"), STEP).contains("端口格式不对"));
        assertAccessible("maintenance, a port refused");

        String enrollmentCode = ADMIN.enrollment.issueCode();
        browser.type(By.cssSelector("#enrollment-code input"), enrollmentCode, STEP);
        browser.click(By.id("enroll-button"), STEP);
        waitUntil(() -> browser.awaitText(By.id("enrollment-result"), STEP).contains("注册成功"));
        assertThat(browser.awaitText(By.id("terminal-id"), STEP)).contains("T-0001");
        assertAccessible("maintenance, enrolled");
        String credential = ADMIN.heartbeatAuthorizations.getLast().substring("Bearer ".length());
        assertThat(credential).startsWith("enrolled-");

        List<String> urls = browser.visitedUrls();
        assertThat(urls).noneMatch(url -> url.contains(Residents.ID_NUMBER) || url.contains("EID1")
                || url.contains(enrollmentCode));
        assertThat(output.getAll()).doesNotContain(Residents.ID_NUMBER, Residents.NAME, "246810", code,
                code.substring(5, 30), enrollmentCode, credential);
    }

    private void show(String code) {
        try {
            devices.scanner().orElseThrow().show(code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        KioskChromium.waitUntil(condition, STEP);
    }
}
