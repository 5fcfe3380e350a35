package cn.egovkiosk.kiosk.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.catalog.CatalogCache;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport.DeviceState;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import cn.egovkiosk.protocol.heartbeat.HeartbeatAck;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The heartbeat reaches the server with the device snapshot of the demo devices, the outbox depth and catalog hash. */
class HeartbeatSenderTest extends SimulatedKioskTest {

    @Autowired
    HeartbeatSender sender;
    @Autowired
    CatalogCache catalog;

    @Test
    void theHeartbeatCarriesDevicesOutboxAndCatalogVersion() {
        int before = ADMIN.heartbeats.size();

        Optional<HeartbeatAck> ack = sender.sendNow();

        assertThat(ack).isPresent();
        assertThat(ADMIN.heartbeats).hasSize(before + 1);
        Heartbeat sent = ADMIN.heartbeats.getLast();
        assertThat(sent.catalogContentHash()).isEqualTo(ADMIN.catalog().contentHash())
                .isEqualTo(catalog.version().orElseThrow().contentHash());
        assertThat(sent.outboxDepth()).isZero();
        assertThat(sent.devices()).extracting(DeviceStatusReport::name, DeviceStatusReport::kind)
                .containsExactly(tuple("id-reader", DeviceKind.ID_CARD_READER),
                        tuple("receipt-printer", DeviceKind.RECEIPT_PRINTER),
                        tuple("code-scanner", DeviceKind.CODE_SCANNER));
        assertThat(sent.devices().getFirst().state()).as("the reader has been polled since start")
                .isEqualTo(DeviceState.ONLINE);
    }
}
