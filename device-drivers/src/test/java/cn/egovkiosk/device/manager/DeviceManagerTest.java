package cn.egovkiosk.device.manager;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.Await;
import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.DeviceStatusBoard;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.PtyLink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A kiosk's three devices under one manager, over simulators on real pty pairs. */
class DeviceManagerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @RegisterExtension
    final PtyLink printerCable = new PtyLink("printer");
    @RegisterExtension
    final PtyLink scannerCable = new PtyLink("scanner");

    private final DeviceStatusBoard board = new DeviceStatusBoard();
    private DeviceManager manager;

    @AfterEach
    void stop() {
        if (manager != null) {
            manager.close();
        }
        board.close();
    }

    @Test
    void printerPaperAndScannedCodesReachTheBoardAndTheListeners() throws Exception {
        EscPosPrinterSimulator printer = printerCable.closeAtEnd(new EscPosPrinterSimulator(printerCable.deviceSide()));
        printer.start();
        CodeScannerSimulator scanner = scannerCable.closeAtEnd(new CodeScannerSimulator(scannerCable.deviceSide(),
                ScannerSettings.defaults()));
        scanner.start();
        manager = new DeviceManager(List.of(
                new DeviceConfig("receipt-printer", DeviceType.RECEIPT_PRINTER, null,
                        printerCable.pair().hostSide().toString(), 0, Map.of("poll-ms", "100")),
                new DeviceConfig("scanner", DeviceType.CODE_SCANNER, null, scannerCable.pair().hostSide().toString(),
                        0, Map.of("poll-ms", "50"))), board);
        List<ScannedCode> codes = new CopyOnWriteArrayList<>();
        manager.addDataListener(new DeviceDataListener() {
            @Override
            public void codeScanned(String device, ScannedCode code) {
                codes.add(code);
            }
        });
        manager.start();
        assertThat(Await.until(WAIT, () -> board.snapshot().allUsable() && board.snapshot().devices().size() == 2))
                .as(() -> board.snapshot().toString()).isTrue();

        scanner.show("闽政通-ABC123");
        printer.setPaper(MediaState.OUT);

        assertThat(Await.until(WAIT, () -> codes.size() == 1)).isTrue();
        assertThat(codes.getFirst().text()).isEqualTo("闽政通-ABC123");
        assertThat(Await.until(WAIT, () -> status("receipt-printer").state() == DeviceState.USER_ERROR)).isTrue();
        assertThat(status("receipt-printer").media()).isEqualTo(MediaState.OUT);

        printer.setPaper(MediaState.OK);
        assertThat(Await.until(WAIT, () -> status("receipt-printer").usable())).isTrue();
        manager.printer("receipt-printer").orElseThrow().print(EscPosReceipt.builder().line("测试").cut().build());
        assertThat(printer.awaitReceipt(receipt -> receipt.textLines().contains("测试"), WAIT)).isPresent();
    }

    @Test
    void aDeviceWithABadConfigurationIsNoDeviceAndTheOthersRun() {
        SamReaderSimulator reader = printerCable.closeAtEnd(new SamReaderSimulator(printerCable.deviceSide()));
        reader.start();
        manager = new DeviceManager(List.of(
                new DeviceConfig("id-reader", DeviceType.ID_CARD_READER, "sam",
                        printerCable.pair().hostSide().toString(), 0, Map.of()),
                new DeviceConfig("scanner", DeviceType.CODE_SCANNER, "serial-line", "tcp://nohost", 0, Map.of())),
                board);

        manager.checkNow(WAIT);

        assertThat(status("id-reader").state()).isEqualTo(DeviceState.ONLINE);
        assertThat(status("scanner").state()).isEqualTo(DeviceState.NO_DEVICE);
        assertThat(status("scanner").detail()).startsWith("configuration: expected tcp://host:port");
        assertThat(manager.devices()).extracting(DeviceConfig::name).containsExactly("id-reader");
        assertThat(manager.reader("id-reader")).isPresent();
        assertThat(manager.scanner("scanner")).isEmpty();

        manager.close();
        assertThat(manager.checkNow(WAIT).device("id-reader")).isPresent(); // after close: the last snapshot
    }

    private DeviceStatus status(String name) {
        return board.snapshot().device(name).orElseThrow();
    }
}
