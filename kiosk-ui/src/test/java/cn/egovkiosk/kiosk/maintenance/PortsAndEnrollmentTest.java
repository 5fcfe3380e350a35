package cn.egovkiosk.kiosk.maintenance;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.SerialPortTransport;
import cn.egovkiosk.kiosk.KioskUiTestSupport;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.device.DevicePorts;
import cn.egovkiosk.kiosk.device.LocalDeviceSettings;
import cn.egovkiosk.kiosk.heartbeat.HeartbeatSender;
import cn.egovkiosk.kiosk.support.KioskProperties;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The technician moves the code scanner to another port while the kiosk runs (a new socat pty with its own scanner
 * simulator): the setting is checked, stored, applied without restart, reported in the heartbeat, and taken back.
 * Then the kiosk is enrolled with a one-time code against the fake admin server over real HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortsAndEnrollmentTest extends SimulatedKioskTest {

    @Autowired
    DevicePorts ports;
    @Autowired
    LocalDeviceSettings local;
    @Autowired
    HeartbeatSender heartbeat;
    @Autowired
    PortConfiguration configuration;
    @Autowired
    KioskProperties properties;

    @Test
    void aScannerPortIsCheckedStoredAppliedReportedAndTakenBack() throws Exception {
        String configured = ports.effective(DeviceKind.CODE_SCANNER).port();
        MaintenanceScreens.openTools();
        assertThat(textOf("port-origin-CODE_SCANNER")).isEqualTo("按配置");

        type("port-CODE_SCANNER", "ttyUSB9");
        tap(byId("port-apply-CODE_SCANNER"));
        assertThat(textOf("port-result")).contains("端口格式不对");
        assertThat(local.of(DeviceKind.CODE_SCANNER)).isEmpty();

        Path dir = KioskUiTestSupport.tempDir("kiosk-new-scanner-");
        try (PtyPair cable = PtyPair.start(dir, "scanner2");
                CodeScannerSimulator moved = new CodeScannerSimulator(
                        new SerialPortTransport(cable.deviceSide().toString(), 115200), ScannerSettings.defaults())) {
            moved.start();
            type("port-CODE_SCANNER", cable.hostSide().toString());
            tap(byId("port-apply-CODE_SCANNER"));
            assertThat(textOf("port-result")).contains("已改用端口", cable.hostSide().toString());
            assertThat(textOf("port-origin-CODE_SCANNER")).isEqualTo("本机设置");
            assertThat(heartbeat.current().localDeviceSettings())
                    .containsExactly(new DeviceSetting(DeviceKind.CODE_SCANNER, cable.hostSide().toString(), 115200));

            tap(byId("test-scan"));
            moved.show("EID1.test-code");
            awaitUi("the scan result", STEP, () -> textOf("test-result").contains("扫码成功"));
            assertThat(textOf("test-result")).contains("14", "是电子身份证格式").doesNotContain("test-code");
            assertThat(textOf("device-status-CODE_SCANNER")).contains("ONLINE");
        } finally {
            if (findById("port-reset-CODE_SCANNER").isPresent()) {
                tap(byId("port-reset-CODE_SCANNER"));
            }
            configuration.reset(DeviceKind.CODE_SCANNER);
        }
        assertThat(textOf("port-origin-CODE_SCANNER")).isEqualTo("按配置");
        assertThat(ports.effective(DeviceKind.CODE_SCANNER).port()).isEqualTo(configured);
        assertThat(heartbeat.current().localDeviceSettings()).isEmpty();
        tap(byId("test-scan"));
        devices.scanner().orElseThrow().show("back on the demo scanner");
        awaitUi("the scan on the configured port", STEP, () -> textOf("test-result").contains("不是电子身份证格式"));
    }

    @Test
    void theKioskEnrollsWithAOneTimeCodeAndUsesTheNewCredential(CapturedOutput output) throws Exception {
        MaintenanceScreens.openTools();
        assertThat(textOf("terminal-id")).contains("尚未注册");
        type("enrollment-code", "");
        tap(byId("enroll-button"));
        awaitUi("the empty code refused", STEP, () -> textOf("enrollment-result").contains("请先输入"));
        type("enrollment-code", "NOPE-NOPE-NOPE");
        tap(byId("enroll-button"));
        awaitUi("the wrong code refused", STEP, () -> textOf("enrollment-result").contains("无效"));

        String code = ADMIN.enrollment.issueCode();
        type("enrollment-code", code.toLowerCase(java.util.Locale.ROOT));
        tap(byId("enroll-button"));
        awaitUi("enrolled", STEP, () -> textOf("enrollment-result").contains("注册成功"));
        assertThat(textOf("enrollment-result")).contains("管理平台已确认");
        assertThat(textOf("terminal-id")).contains("T-0");
        assertThat(((TextField) byId("enrollment-code")).getValue()).isEmpty();
        String used = ADMIN.heartbeatAuthorizations.getLast();
        assertThat(used).startsWith("Bearer enrolled-");
        Path stored = properties.dataDir().resolve("terminal-credential");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
        assertThat(Files.readString(stored)).contains(used.substring("Bearer ".length()));

        type("enrollment-code", code);
        tap(byId("enroll-button"));
        awaitUi("the used code refused", STEP, () -> textOf("enrollment-result").contains("已使用"));
        assertThat(output.getAll()).doesNotContain(used.substring("Bearer ".length()), code);
    }

    private static void type(String id, String value) {
        ((TextField) byId(id)).setValue(value);
    }
}
