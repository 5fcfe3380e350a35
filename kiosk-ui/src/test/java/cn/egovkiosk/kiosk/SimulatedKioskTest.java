package cn.egovkiosk.kiosk;

import cn.egovkiosk.kiosk.device.SimulatedDevices;
import cn.egovkiosk.kiosk.identity.CardWatcher;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole kiosk application in demo mode (real drivers on socat pty pairs or loopback TCP to the device-drivers
 * simulators, a real SQLite file) against a real HTTP admin server, with a Karibu UI per test. Subclasses share one
 * Spring context.
 */
@SpringBootTest
public abstract class SimulatedKioskTest {

    protected static final Duration STEP = Duration.ofSeconds(15);
    // lives as long as the JVM: the cached Spring context keeps pointing at it
    protected static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected SimulatedDevices devices;
    @Autowired
    protected CardWatcher cardWatcher;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-simulated-");
        registry.add("kiosk.ack-wait", () -> "3s");
        registry.add("kiosk.outbox.retry-min", () -> "200ms");
        registry.add("kiosk.outbox.retry-max", () -> "1s");
    }

    @BeforeEach
    void openKiosk() {
        ADMIN.submissionsDown(false);
        KioskUiTestSupport.openUi(context);
    }

    @AfterEach
    void closeKiosk() {
        KioskUiTestSupport.removeCardAndCloseUi(devices, cardWatcher);
    }
}
