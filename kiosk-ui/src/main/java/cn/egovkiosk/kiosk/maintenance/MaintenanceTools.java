package cn.egovkiosk.kiosk.maintenance;

import cn.egovkiosk.kiosk.everify.CodeWatcher;
import cn.egovkiosk.kiosk.support.TerminalCredentials;
import org.springframework.stereotype.Component;

/**
 * What maintenance mode works with beyond the device status: ports, enrollment, the scanner.
 *
 * @param ports       the port settings
 * @param enrollment  enrollment with a one-time code
 * @param credentials the terminal identity this kiosk runs as
 * @param codes       the scanner's codes, for the test scan
 */
@Component
record MaintenanceTools(PortConfiguration ports, Enrollment enrollment, TerminalCredentials credentials,
        CodeWatcher codes) {
}
