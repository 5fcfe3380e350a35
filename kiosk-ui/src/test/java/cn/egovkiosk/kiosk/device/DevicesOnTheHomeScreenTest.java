package cn.egovkiosk.kiosk.device;

import static cn.egovkiosk.kiosk.KioskUiTestSupport.startApplying;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.awaitUi;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.byId;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.findById;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.tap;
import static cn.egovkiosk.kiosk.KioskUiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.kiosk.SimulatedKioskTest;
import cn.egovkiosk.kiosk.catalog.CatalogSync;
import cn.egovkiosk.protocol.catalog.CatalogItem;
import cn.egovkiosk.protocol.catalog.CatalogSnapshot;
import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.catalog.ItemFlag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the devices and the network mean for the resident on the home screen: items whose device is missing or out of
 * paper are shown unavailable with the reason in words; while the server is unreachable a banner says so and items
 * that need the server are marked.
 */
class DevicesOnTheHomeScreenTest extends SimulatedKioskTest {

    @Autowired
    CatalogSync sync;

    @Test
    void anItemNeedingTheA4PrinterIsUnavailableWhileItIsOutOfPaperOrOffline() {
        CatalogItem needsA4 = ADMIN.catalog().items().stream()
                .filter(item -> item.requiredDevices().contains(DeviceKind.DOCUMENT_PRINTER)).findFirst().orElseThrow();
        var a4 = devices.documentPrinter().orElseThrow();
        try {
            a4.paperOut(true);
            awaitUi("the reason on the tile", STEP, () -> findById("reason-" + needsA4.code()).isPresent());
            assertThat(textOf("reason-" + needsA4.code())).contains("A4 文件打印机没纸了");
            assertThat(byId("item-" + needsA4.code()).getElement().getAttribute("aria-disabled")).isEqualTo("true");
            tap(byId("item-" + needsA4.code()));
            assertThat(findById("identify")).as("an unavailable item cannot be chosen").isEmpty();

            a4.paperOut(false);
            a4.offline(true);
            awaitUi("offline on the tile", STEP, () -> findById("reason-" + needsA4.code())
                    .map(reason -> reason.getElement().getTextRecursively().contains("暂时连接不上")).orElse(false));
        } finally {
            a4.offline(false);
            a4.paperOut(false);
        }
        awaitUi("the item is available again", STEP, () -> findById("reason-" + needsA4.code()).isEmpty());
    }

    @Test
    void aPrinterOutOfPaperMakesItsItemsUnavailableUntilPaperIsBack() {
        CatalogItem receiptItem = ADMIN.catalog().items().getFirst();
        var printer = devices.printer().orElseThrow();
        try {
            printer.setPaper(MediaState.OUT);
            awaitUi("paper out on the tile", STEP, () -> findById("reason-" + receiptItem.code()).isPresent());
            assertThat(textOf("reason-" + receiptItem.code())).contains("回执打印机没纸了");
        } finally {
            printer.setPaper(MediaState.OK);
        }
        awaitUi("the item is available again", STEP, () -> findById("reason-" + receiptItem.code()).isEmpty());
        startApplying(receiptItem.code());
        assertThat(findById("identify")).isPresent();
    }

    @Test
    void whileTheServerIsUnreachableABannerShowsAndItemsNeedingItAreMarked() {
        CatalogSnapshot original = ADMIN.catalog();
        CatalogItem selfService = original.items().getFirst();
        CatalogItem instant = new CatalogItem("INSTANT-1", "住房公积金提取（租房）", "", "市住房公积金中心", "",
                Set.of(ItemFlag.INSTANT_APPROVAL), Set.of(DeviceKind.ID_CARD_READER, DeviceKind.RECEIPT_PRINTER));
        List<CatalogItem> items = new ArrayList<>(original.items());
        items.add(instant);
        try {
            ADMIN.publishCatalog(new CatalogSnapshot(original.version() + 1, "hash-instant", Instant.now(), items));
            sync.syncNow();
            ADMIN.catalogDown(true);
            sync.syncNow();

            awaitUi("the offline banner", STEP, () -> findById("offline-banner").isPresent());
            assertThat(textOf("offline-banner")).contains("网络暂时不通");
            assertThat(findById("needs-server-" + instant.code())).isPresent();
            assertThat(findById("needs-server-" + selfService.code())).as("served offline through the outbox")
                    .isEmpty();
            assertThat(findById("item-" + selfService.code())).as("the cached catalog is still served").isPresent();
        } finally {
            ADMIN.catalogDown(false);
            ADMIN.publishCatalog(original);
            sync.syncNow();
        }
        awaitUi("the banner goes", STEP, () -> findById("offline-banner").isEmpty());
    }
}
