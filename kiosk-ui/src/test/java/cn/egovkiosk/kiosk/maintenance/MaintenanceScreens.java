package cn.egovkiosk.kiosk.maintenance;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;

import java.time.Duration;

/** For tests: into maintenance mode with the demo PIN, up to its tools. */
final class MaintenanceScreens {

    private MaintenanceScreens() {
    }

    static void openTools() {
        tap(byId("maintenance-entry"));
        awaitId("maintenance", Duration.ofSeconds(15));
        for (char digit : "246810".toCharArray()) {
            tap(byId("pin-" + digit));
        }
        tap(byId("pin-ok"));
        awaitId("port-settings", Duration.ofSeconds(15));
    }
}
