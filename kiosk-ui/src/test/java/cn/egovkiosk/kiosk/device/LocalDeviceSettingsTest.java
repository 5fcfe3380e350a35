package cn.egovkiosk.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.TestDatabase;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A technician's ports survive a restart; a damaged file never stops the kiosk. */
class LocalDeviceSettingsTest {

    @TempDir
    Path dataDir;

    @Test
    void settingsAreKeptAcrossRestartsAndCanBeForgotten() {
        LocalDeviceSettings settings = new LocalDeviceSettings(properties());
        settings.save(new DeviceSetting(DeviceKind.CODE_SCANNER, "/dev/ttyACM0", 9600));
        settings.save(new DeviceSetting(DeviceKind.ID_CARD_READER, "tcp://10.0.0.5:4001", 115200));
        settings.save(new DeviceSetting(DeviceKind.CODE_SCANNER, "/dev/ttyACM1", 9600));

        LocalDeviceSettings restarted = new LocalDeviceSettings(properties());
        assertThat(restarted.all()).containsExactly(
                new DeviceSetting(DeviceKind.ID_CARD_READER, "tcp://10.0.0.5:4001", 115200),
                new DeviceSetting(DeviceKind.CODE_SCANNER, "/dev/ttyACM1", 9600));
        restarted.forget(DeviceKind.ID_CARD_READER);
        assertThat(new LocalDeviceSettings(properties()).of(DeviceKind.ID_CARD_READER)).isEmpty();
        assertThat(new LocalDeviceSettings(properties()).of(DeviceKind.CODE_SCANNER)).isPresent();
    }

    @Test
    void aDamagedFileIsSetAsideAndReadsAsNoSettings() throws Exception {
        Files.writeString(dataDir.resolve(LocalDeviceSettings.FILE_NAME), "[{\"kind\": \"ID_CARD_READER\", ");
        LocalDeviceSettings settings = new LocalDeviceSettings(properties());
        assertThat(settings.all()).isEmpty();
        assertThat(dataDir.resolve(LocalDeviceSettings.FILE_NAME + ".damaged")).exists();
        settings.save(new DeviceSetting(DeviceKind.RECEIPT_PRINTER, "/dev/usb/lp0", 115200));
        assertThat(new LocalDeviceSettings(properties()).all()).hasSize(1);
    }

    @Test
    void portsAreCheckedBeforeTheyAreStored() {
        assertThat(DevicePorts.problem("", 115200)).as("empty: not installed").isEmpty();
        assertThat(DevicePorts.problem("/dev/ttyUSB0", 115200)).isEmpty();
        assertThat(DevicePorts.problem("tcp://127.0.0.1:9100", 115200)).isEmpty();
        assertThat(DevicePorts.problem("tcp://nohost", 115200)).contains("maintenance.port.bad-port");
        assertThat(DevicePorts.problem("ttyUSB0", 115200)).contains("maintenance.port.bad-port");
        assertThat(DevicePorts.problem("/dev/ttyUSB0", 0)).contains("maintenance.port.bad-baud");
    }

    private cn.egovkiosk.kiosk.support.KioskProperties properties() {
        return TestDatabase.properties(dataDir, URI.create("http://127.0.0.1:9"));
    }
}
