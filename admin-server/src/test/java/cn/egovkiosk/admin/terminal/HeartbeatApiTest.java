package cn.egovkiosk.admin.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.admin.catalog.PublishedCatalog;
import cn.egovkiosk.admin.support.AdminServerTestSupport;
import cn.egovkiosk.admin.support.TerminalClient;
import cn.egovkiosk.admin.terminal.TerminalStatusRepository.TerminalStatus;
import cn.egovkiosk.protocol.ProtocolFixtures;
import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.TerminalApi;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.DeviceState;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.MediaState;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HeartbeatApiTest extends AdminServerTestSupport {

    @Autowired
    TerminalStatusRepository statuses;
    @Autowired
    PublishedCatalog catalog;

    @Test
    void theFixtureHeartbeatIsRecordedAndAnsweredWithAJitteredPollAndTheTargetedCatalog() {
        Instant before = Instant.now();

        HttpResponse<String> response = otherKiosk().post(TerminalApi.HEARTBEAT,
                ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT));

        assertThat(response.statusCode()).isEqualTo(200);
        HeartbeatAck ack = TerminalClient.read(response, HeartbeatAck.class);
        assertThat(ack.nextPollSeconds()).isBetween(45, 75);
        assertThat(ack.catalogContentHash()).isEqualTo(catalog.current().contentHash());
        assertThat(ack.catalogChanged()).isTrue(); // the fixture runs another catalog
        TerminalStatus status = statuses.find(OTHER_ID).orElseThrow();
        assertThat(status.lastSeen()).isBetween(before, Instant.now());
        assertThat(status.softwareVersion()).isEqualTo("0.1.0");
        assertThat(status.outboxDepth()).isEqualTo(2);
        assertThat(status.devices()).extracting(DeviceStatusReport::name, DeviceStatusReport::state,
                DeviceStatusReport::media).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("id-reader", DeviceState.ONLINE, MediaState.NOT_APPLICABLE),
                        org.assertj.core.groups.Tuple.tuple("receipt-printer", DeviceState.USER_ERROR, MediaState.OUT));
    }

    @Test
    void aLaterHeartbeatMovesLastSeenOnAndATerminalOnTheTargetedCatalogHearsNothingChanged() throws Exception {
        String current = catalog.current().contentHash();
        Heartbeat onCurrent = new Heartbeat("0.2.0", current, List.of(), 0, Instant.now());
        demoKiosk().post(TerminalApi.HEARTBEAT, ProtocolJson.mapper().writeValueAsString(onCurrent));
        Instant first = statuses.find(DEMO_ID).orElseThrow().lastSeen();
        Thread.sleep(20);

        HttpResponse<String> response = demoKiosk().post(TerminalApi.HEARTBEAT,
                ProtocolJson.mapper().writeValueAsString(onCurrent));

        assertThat(TerminalClient.read(response, HeartbeatAck.class).catalogChanged()).isFalse();
        TerminalStatus status = statuses.find(DEMO_ID).orElseThrow();
        assertThat(status.lastSeen()).isAfter(first);
        assertThat(status.softwareVersion()).isEqualTo("0.2.0");
        assertThat(status.devices()).isEmpty();
    }

    @Test
    void aReportedCatalogFailureIsStoredAndClearedByTheNextHeartbeatWithout() {
        String current = catalog.current().contentHash();
        Heartbeat failing = new Heartbeat("0.2.0", "", List.of(), 0, Instant.now(),
                current + ": signature does not match", List.of());
        demoKiosk().post(TerminalApi.HEARTBEAT, ProtocolJson.mapper().writeValueAsString(failing));

        TerminalStatus failed = statuses.find(DEMO_ID).orElseThrow();
        assertThat(failed.catalogFailure()).isEqualTo(current + ": signature does not match");
        assertThat(failed.failedToApply(current)).isTrue();
        assertThat(failed.failedToApply("0".repeat(64))).isFalse();

        demoKiosk().post(TerminalApi.HEARTBEAT, ProtocolJson.mapper().writeValueAsString(
                new Heartbeat("0.2.0", current, List.of(), 0, Instant.now())));

        TerminalStatus applied = statuses.find(DEMO_ID).orElseThrow();
        assertThat(applied.catalogFailure()).isEmpty();
        assertThat(applied.failedToApply(current)).isFalse();
    }

    @Test
    void anImpossibleHeartbeatIsRefusedWithAProblem() {
        String negativeOutbox = ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT)
                .replace("\"outboxDepth\": 2", "\"outboxDepth\": -1");
        String noDevices = "{\"softwareVersion\": \"0.1.0\", \"outboxDepth\": 0}";

        assertThat(List.of(negativeOutbox, noDevices, "{\"softwareVersion\": ")).allSatisfy(body -> {
            HttpResponse<String> response = demoKiosk().post(TerminalApi.HEARTBEAT, body);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
    }

    @Test
    void aHeartbeatTheBearerFilterLeavesToSpringMvcIsAnsweredAlike() {
        String heartbeat = ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT);

        HttpResponse<String> direct = demoKiosk().post(TerminalApi.HEARTBEAT, heartbeat, "Accept", "application/json");
        HttpResponse<String> viaMvc = demoKiosk().post(TerminalApi.HEARTBEAT, heartbeat, "Accept",
                "application/json, text/plain;q=0.5");

        assertThat(List.of(direct, viaMvc)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body()).matches("\\{\"nextPollSeconds\":\\d+,\"catalogContentHash\":\"[0-9a-f]{64}\","
                    + "\"catalogChanged\":true}");
        });
    }

    @Test
    void anUnreadableHeartbeatNamesTheFieldAndNeverQuotesTheValue() {
        String body = ProtocolFixtures.text(ProtocolFixtures.HEARTBEAT).replace("\"outboxDepth\": 2",
                "\"outboxDepth\": \"zwei-1101\"");

        HttpResponse<String> response = demoKiosk().post(TerminalApi.HEARTBEAT, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("'outboxDepth'").doesNotContain("zwei-1101");
    }
}
