package cn.egovkiosk.kiosk.browser;

import cn.egovkiosk.kiosk.device.SimulatedDevices;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
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
    static KioskChromium browser;

    @LocalServerPort
    int port;
    @Autowired
    SimulatedDevices devices;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new KioskChromium();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
