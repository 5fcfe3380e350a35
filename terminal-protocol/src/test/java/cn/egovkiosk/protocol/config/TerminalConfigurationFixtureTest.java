package cn.egovkiosk.protocol.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import org.junit.jupiter.api.Test;

class TerminalConfigurationFixtureTest {

    @Test
    void theConfigurationFixtureReadsIntoRecordsAndBackUnchanged() {
        String json = ProtocolFixtures.text("terminal-configuration.json");
        TerminalConfiguration configuration = ProtocolFixtures.read("terminal-configuration.json",
                TerminalConfiguration.class);

        assertThat(configuration.revision()).isEqualTo(12);
        assertThat(configuration.devices()).hasSize(4);
        assertThat(configuration.devices().get(1)).isEqualTo(new DeviceSetting(DeviceKind.RECEIPT_PRINTER,
                "tcp://192.168.10.21:9100", 0));
        assertThat(ProtocolJson.mapper().readTree(ProtocolJson.mapper().writeValueAsString(configuration))
                .equals(ProtocolJson.mapper().readTree(json))).isTrue();
        assertThat(new DeviceSetting(DeviceKind.CODE_SCANNER, null, 0).port()).isEmpty();
    }
}
