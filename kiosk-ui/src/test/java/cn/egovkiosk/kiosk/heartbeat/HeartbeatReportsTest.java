package cn.egovkiosk.kiosk.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.catalog.CatalogCache;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A fetched catalog the kiosk cannot apply is reported in the heartbeat until the server targets one it can. */
class HeartbeatReportsTest extends SimulatedKioskTest {

    @Autowired
    CatalogSync sync;
    @Autowired
    CatalogCache cache;
    @Autowired
    HeartbeatSender heartbeat;

    @Test
    void aCatalogThatCannotBeAppliedIsReportedAndTheCachedOneKeepsServing() {
        String served = cache.version().orElseThrow().contentHash();
        try {
            ADMIN.catalogUnreadable(true);
            assertThat(sync.syncNow()).isEqualTo(CatalogSync.Outcome.UNCHANGED);
            assertThat(cache.version().orElseThrow().contentHash()).isEqualTo(served);
            assertThat(heartbeat.sendNow()).isPresent();
            Heartbeat sent = ADMIN.heartbeats.getLast();
            assertThat(sent.catalogFailure()).startsWith("damaged-version: ");
            assertThat(sent.catalogContentHash()).isEqualTo(served);
        } finally {
            ADMIN.catalogUnreadable(false);
        }
        sync.syncNow();
        assertThat(heartbeat.current().catalogFailure()).isEmpty();
        assertThat(heartbeat.current().devices()).extracting(report -> report.kind().name())
                .contains("ID_CARD_READER", "RECEIPT_PRINTER", "CODE_SCANNER");
    }
}
