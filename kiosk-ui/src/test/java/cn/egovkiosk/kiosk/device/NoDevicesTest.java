package cn.egovkiosk.kiosk.device;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.kiosk.FakeAdminServer;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.heartbeat.HeartbeatSender;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.DeviceState;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A kiosk without configured devices and not in demo mode: it says so plainly and has no simulator panel. */
@SpringBootTest
class NoDevicesTest {

    private static final FakeAdminServer ADMIN = FakeAdminServer.startUnchecked();

    @Autowired
    ApplicationContext context;
    @Autowired
    HeartbeatSender heartbeat;

    @DynamicPropertySource
    static void kiosk(DynamicPropertyRegistry registry) {
        KioskUiTestSupport.kioskAgainst(registry, ADMIN, "kiosk-no-devices-");
    }

    @BeforeEach
    void openKiosk() {
        KioskUiTestSupport.openUi(context);
    }

    @AfterEach
    void closeKiosk() {
        MockVaadin.tearDown();
    }

    @Test
    void itemsNeedingTheReaderAreUnavailableWithTheReasonAndCannotBeStarted() {
        String code = ADMIN.catalog().items().getFirst().code();
        // the home screen marks the tile once the device thread has found no reader, a moment after start
        awaitUi("the tile marked unavailable", Duration.ofSeconds(15), () -> findById("item-" + code)
                .map(tile -> tile.getClassNames().contains("unavailable")).orElse(false));

        assertThat(textOf("reason-" + code)).contains("身份证读卡器");
        tap(byId("item-" + code));
        MockVaadin.runUIQueue();
        assertThat(findById("guide")).as("an unavailable tile leads nowhere").isEmpty();

        // the guide, reached some other way, still reads, but cannot be applied from
        UI.getCurrent().navigate("guide/" + code);
        awaitId("guide", Duration.ofSeconds(5));
        assertThat(byId("guide-apply").getElement().isEnabled()).isFalse();
        assertThat(textOf("guide-unavailable")).contains("身份证读卡器");
    }

    @Test
    void thereIsNoSimulatorPanel() {
        // Karibu's stand-in for the 404 page throws, so a reroute to "not found" shows as this exception
        assertThatThrownBy(() -> UI.getCurrent().navigate("simulator")).hasMessageContaining("No route found");
        assertThat(findById("sim-card-0")).isEmpty();
    }

    @Test
    void theHeartbeatReportsNoDevices() {
        assertThat(heartbeat.current().devices()).extracting(DeviceStatusReport::state)
                .containsExactly(DeviceState.NO_DEVICE, DeviceState.NO_DEVICE, DeviceState.NO_DEVICE);
    }
}
