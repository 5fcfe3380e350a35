package cn.egovkiosk.kiosk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.device.SimulatedDevices;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test of the kiosk stands on: the kiosk in demo mode (simulated devices) on a random port, one
 * headless Chromium for the test class, and the captured log output to scan for personal data. A subclass points
 * the kiosk at its own fake admin server in a {@code @DynamicPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
abstract class DemoKioskInChromium {

    static final Duration STEP = Duration.ofSeconds(30);
    // for a button seen a moment ago, which may be gone when the screen moved on
    private static final Duration SHORT = Duration.ofSeconds(3);
    static KioskChromium browser;

    @LocalServerPort
    int port;
    @Autowired
    SimulatedDevices devices;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new KioskChromium();
    }

    /**
     * From the tile through the guide, the card, the form (its phone field), review and consent to the done screen;
     * the form screens belong to the apply flow and are passed with their documented ids.
     */
    void applyWithTheSampleCard(CatalogItem item) {
        browser.click(By.id("item-" + item.code()), STEP);
        browser.click(By.id("guide-apply"), STEP);
        browser.await(By.id("identify-status"), STEP);
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        browser.click(By.id("confirm-button"), STEP);
        long deadline = System.nanoTime() + STEP.toNanos();
        while (browser.count(By.id("done")) == 0) {
            assertThat(System.nanoTime()).as("on the way to the done screen").isLessThan(deadline);
            try {
                if (browser.count(By.cssSelector("#field-phone input")) > 0) {
                    browser.type(By.cssSelector("#field-phone input"), "13912345678", STEP);
                    browser.click(By.id("form-next"), STEP);
                } else if (browser.count(By.id("review-submit")) > 0) {
                    browser.click(By.id("review-submit"), SHORT);
                } else if (browser.count(By.id("consent-agree")) > 0) {
                    browser.click(By.id("consent-agree"), SHORT);
                }
            } catch (TimeoutException | StaleElementReferenceException movedOn) {
                // under load the screen may leave between seeing a button and clicking it: look again
            }
            pause();
        }
    }

    static void assertAccessible(String screen) {
        assertThat(browser.seriousViolations()).as("serious or critical axe-core violations on " + screen).isEmpty();
    }

    /** 适老化 at 1080x1920: no visible text under 28 px, no enabled touch target under 60 px. */
    static void assertElderlySized(String screen) {
        List<?> smallest = browser.smallest();
        assertThat(((Number) smallest.get(0)).doubleValue()).as("smallest text on " + screen + " (px): "
                + smallest.get(3)).isGreaterThanOrEqualTo(28);
        assertThat(((Number) smallest.get(1)).doubleValue()).as("smallest touch target on " + screen + ": "
                + smallest.get(2)).isGreaterThanOrEqualTo(60);
    }

    /** Taps {@code characters} on a character pad whose keys are {@code <pad>-<character>}. */
    static void type(String pad, String characters) {
        for (char c : characters.toCharArray()) {
            browser.click(By.id(pad + "-" + c), STEP);
        }
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
