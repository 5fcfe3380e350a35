package cn.egovkiosk.admin.browser;

import cn.egovkiosk.admin.support.AdminServerTestSupport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tests that drive the admin UI in headless Chromium against the whole server: one browser per test
 * class, its screenshots in a folder under {@code target/}, and one kept of the page on which a test failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AdminBrowserTest extends AdminServerTestSupport {

    private final String screenshots;
    AdminChromium browser;

    /** @param screenshots the folder under {@code target/} for this class's screenshots */
    AdminBrowserTest(String screenshots) {
        this.screenshots = screenshots;
    }

    @BeforeAll
    void startBrowser() throws IOException {
        browser = new AdminChromium(Path.of("target", screenshots));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Runs the steps; when one fails, keeps {@code failure.png} of the page as it was. */
    void screenshotOnFailure(Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            browser.screenshot("failure");
            throw e;
        }
    }

    /** Steps in the browser that may throw. */
    interface Steps {
        void run() throws Exception;
    }
}
