package cn.egovkiosk.kiosk.identity;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.startApplying;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.device.SimulatedDevices;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The idle timeout forgets the resident: identity and chosen item wiped, English reset, home shown; a touch defers it.
 */
@SpringBootTest
class IdleTimeoutTest {

    private static final Duration IDLE = Duration.ofMillis(1500);
    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @Autowired
    ApplicationContext context;
    @Autowired
    SimulatedDevices devices;
    @Autowired
    CardWatcher cardWatcher;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.demoKioskAgainst(registry, ADMIN, "kiosk-idle-");
        registry.add("kiosk.idle-timeout", () -> IDLE.toMillis() + "ms");
    }

    @AfterAll
    static void stopAdmin() {
        ADMIN.close();
    }

    @BeforeEach
    void openKiosk() {
        KioskUiTestSupport.openUi(context);
    }

    @AfterEach
    void closeKiosk() {
        KioskUiTestSupport.removeCardAndCloseUi(devices, cardWatcher);
    }

    @Test
    void anIdleKioskWipesTheResidentAndReturnsHome() {
        tap(byId("language-toggle"));
        startApplying(ADMIN.catalog().items().getFirst().code());
        devices.reader().orElseThrow().present(SimulatedCard.sample());
        awaitId("identity-name", Duration.ofSeconds(10));
        ResidentSession session = context.getBean(ResidentSession.class);
        assertThat(session.identity()).isPresent();

        awaitId("idle-warning", IDLE.multipliedBy(4));
        assertThat(findById("identity-name")).as("the notice comes before the wipe").isPresent();
        awaitId("home", IDLE.multipliedBy(4));

        assertThat(findById("idle-warning")).isEmpty();
        assertThat(session.isEmpty()).isTrue();
        assertThat(session.identity()).isEmpty();
        assertThat(session.item()).isEmpty();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");
        assertThat(findById("identity-name")).isEmpty();
    }

    @Test
    void continuingFromTheNoticeKeepsTheSession() {
        startApplying(ADMIN.catalog().items().getFirst().code());
        awaitId("idle-warning", IDLE.multipliedBy(4));

        tap(byId("idle-continue"));

        assertThat(findById("idle-warning")).isEmpty();
        assertThat(findById("identify")).isPresent();
        assertThat(context.getBean(ResidentSession.class).item()).isPresent();
    }

    @Test
    void touchingTheScreenKeepsTheSessionAlive() throws InterruptedException {
        startApplying(ADMIN.catalog().items().getFirst().code());
        awaitId("identify", Duration.ofSeconds(5));
        long until = System.nanoTime() + IDLE.multipliedBy(3).toNanos();
        while (System.nanoTime() < until) {
            var body = UI.getCurrent().getElement();
            var touch = new DomEvent(body, "pointerdown", JsonNodeFactory.instance.objectNode());
            ElementUtilsKt._fireDomEvent(body, touch);
            Thread.sleep(IDLE.toMillis() / 3);
            MockVaadin.runUIQueue();
            assertThat(findById("identify")).as("still on the identify screen").isPresent();
        }

        awaitId("home", IDLE.multipliedBy(4));
    }
}
