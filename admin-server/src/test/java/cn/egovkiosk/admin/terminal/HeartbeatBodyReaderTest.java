package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class HeartbeatBodyReaderTest {

    private static final String FIXTURE = ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT);
    private final HeartbeatBodyReader reader = new HeartbeatBodyReader(ProtocolJson.mapper());

    static List<String> readable() {
        return List.of(FIXTURE,
                FIXTURE.replace("\"outboxDepth\": 2", "\"outboxDepth\": 2, \"future\": {\"a\": [1, {\"b\": null}]}"),
                FIXTURE.replace("\"2026-11-20T08:05:00Z\"", "\"2026-11-20T08:05:00.123456Z\""),
                FIXTURE.replace("\"2026-11-20T08:05:00Z\"", "null"),
                FIXTURE.replace("\"outboxDepth\": 2", "\"outboxDepth\": \"7\""),
                FIXTURE.replace("\"catalogFailure\": \"\"", "\"catalogFailure\": null"),
                FIXTURE.replace("\"media\": \"OUT\",", ""),
                FIXTURE.replace("\"baud\": 115200", "\"baud\": 115200.0"),
                "{\"devices\": [], \"outboxDepth\": 0, \"localDeviceSettings\": null}");
    }

    static List<String> unreadable() {
        return List.of("{\"softwareVersion\": \"0.1.0\", \"outboxDepth\": 0}", // no devices
                "{\"softwareVersion\": \"0.1.0\", \"devices\": []}", // no outbox depth
                FIXTURE.replace(",\n      \"baud\": 115200", ""),
                FIXTURE.replace("\"ONLINE\"", "\"online\""),
                FIXTURE.replace("\"2026-11-20T08:05:00Z\"", "\"2026-02-30T08:05:00Z\""),
                FIXTURE.replace("\"outboxDepth\": 2", "\"outboxDepth\": 99999999999"),
                FIXTURE.replace("\"outboxDepth\": 2", "\"outboxDepth\": \"zwei\""),
                FIXTURE.substring(0, FIXTURE.length() / 2),
                "[]");
    }

    @ParameterizedTest
    @MethodSource("readable")
    void readsWhatTheDataBindingReadsAsItReadsIt(String body) {
        Heartbeat expected = ProtocolJson.mapper().readValue(body, Heartbeat.class);

        assertThat(reader.read(bytes(body))).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("unreadable")
    void refusesWhatTheDataBindingRefuses(String body) {
        assertThatThrownBy(() -> ProtocolJson.mapper().readValue(body, Heartbeat.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> reader.read(bytes(body))).isInstanceOf(JacksonException.class);
    }

    @Test
    void theKiosksInstantsAreTheInstantsTheyName() {
        assertThat(HeartbeatBodyReader.instant("2026-11-20T08:05:00Z")).isEqualTo(Instant.parse("2026-11-20T08:05:00Z"));
        assertThat(HeartbeatBodyReader.instant("1999-12-31T23:59:59Z")).isEqualTo(Instant.parse("1999-12-31T23:59:59Z"));
        assertThat(reader.read(bytes("null"))).isNull();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
