package cn.egovkiosk.device.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.idcard.SamReaderSettings;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceConfigsTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithThreeDevicesGivesDefaultsWhereNothingIsSaid() throws Exception {
        Path file = dir.resolve("devices.properties");
        Files.writeString(file, """
                # 前台自助机
                device.id-reader.type=id-card-reader
                device.id-reader.port=/dev/ttyUSB0
                device.printer.type=receipt-printer
                device.printer.port=tcp://127.0.0.1:9100
                device.printer.baud=38400
                device.scanner.type=code-scanner
                device.scanner.driver=serial-line
                device.scanner.port=/dev/ttyACM0
                device.scanner.option.trigger=honeywell
                device.scanner.option.prefix=]Q1
                """, StandardCharsets.UTF_8);

        List<DeviceConfig> configs = DeviceConfigs.load(file);

        assertThat(configs).extracting(DeviceConfig::name).containsExactly("id-reader", "printer", "scanner");
        assertThat(configs.get(0)).isEqualTo(new DeviceConfig("id-reader", DeviceType.ID_CARD_READER, "sam",
                "/dev/ttyUSB0", 115200, Map.of()));
        assertThat(configs.get(1).baud()).isEqualTo(38400);
        assertThat(configs.get(1).driver()).isEqualTo("escpos");
        assertThat(configs.get(2).baud()).isEqualTo(9600);
        assertThat(configs.get(2).options()).containsEntry("trigger", "honeywell").containsEntry("prefix", "]Q1");
    }

    @Test
    void everyProblemIsListedWithItsDevice() {
        assertThatThrownBy(() -> DeviceConfigs.parse(properties("""
                device.a.type=fax-machine
                device.a.port=/dev/ttyS0
                device.b.type=code-scanner
                device.b.port=/dev/ttyS1
                device.b.baud=fast
                device.c.type=receipt-printer
                device.d.type=code-scanner
                device.d.port=/dev/ttyS2
                device.d.option.trigger=voice
                device.e.type=id-card-reader
                device.e.driver=usb-hid
                device.e.port=/dev/ttyS3
                kiosk.colour=red
                """))).isInstanceOfSatisfying(DeviceConfigException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("a: unknown device type 'fax-machine'"))
                        .anyMatch(p -> p.startsWith("b: baud must be a positive number"))
                        .anyMatch(p -> p.equals("c: port is missing"))
                        .anyMatch(p -> p.startsWith("d: trigger must be continuous or honeywell"))
                        .anyMatch(p -> p.startsWith("e: unknown driver 'usb-hid'"))
                        .anyMatch(p -> p.startsWith("unknown key 'kiosk.colour'"))
                        .hasSize(6));
    }

    @Test
    void readerOptionsChooseTheReadCommands() throws Exception {
        List<DeviceConfig> configs = DeviceConfigs.parse(properties("""
                device.r.type=id-card-reader
                device.r.port=/dev/ttyS0
                device.r.option.fingerprint=true
                device.r.option.appended-address=off
                device.s.type=id-card-reader
                device.s.port=/dev/ttyS1
                """));

        assertThat(DeviceDrivers.readerSettings(configs.get(0)))
                .isEqualTo(SamReaderSettings.defaults().withReadFingerprints(true).withReadAppendedAddress(false));
        assertThat(DeviceDrivers.readerSettings(configs.get(1))).isEqualTo(SamReaderSettings.defaults());
        assertThatThrownBy(() -> DeviceConfigs.parse(properties("""
                device.r.type=id-card-reader
                device.r.port=/dev/ttyS0
                device.r.option.fingerprint=maybe
                """))).isInstanceOfSatisfying(DeviceConfigException.class, e -> assertThat(e.problems())
                        .containsExactly("r: fingerprint must be true or false, got 'maybe'"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> DeviceConfigs.load(dir.resolve("nope.properties")))
                .isInstanceOf(DeviceConfigException.class).hasMessageContaining("not found")
                .hasMessageContaining("nope.properties");
    }

    private static Properties properties(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
