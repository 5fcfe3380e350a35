package cn.egovkiosk.device.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.Await;
import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import cn.egovkiosk.device.scanner.ScannedCode;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatusBoard;
import cn.egovkiosk.device.transport.PtyPair;
import cn.egovkiosk.device.transport.SerialPortTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printer and scanner cables pulled and plugged back: both devices come back by themselves, like the reader. */
class DeviceManagerScannerPrinterRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** The manager's port watch closes a port whose device node vanished within a fraction of a second. */
    private static final Duration NOTICE = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    private final DeviceStatusBoard board = new DeviceStatusBoard();
    private PtyPair printerCable;
    private PtyPair scannerCable;
    private EscPosPrinterSimulator printer;
    private CodeScannerSimulator scanner;
    private DeviceManager manager;

    @AfterEach
    void stop() {
        if (manager != null) {
            manager.close();
        }
        board.close();
        for (AutoCloseable closeable : new AutoCloseable[] {printer, scanner, printerCable, scannerCable}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // the next resource still gets closed
            }
        }
    }

    @Test
    void printerAndScannerAreBackOnlineAfterTheirCablesCameBack() throws Exception {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed");
        printerCable = PtyPair.start(dir, "printer");
        scannerCable = PtyPair.start(dir, "scanner");
        printer = new EscPosPrinterSimulator(new SerialPortTransport(printerCable.deviceSide().toString(), 9600));
        printer.start();
        scanner = new CodeScannerSimulator(new SerialPortTransport(scannerCable.deviceSide().toString(), 9600),
                ScannerSettings.defaults());
        scanner.start();
        manager = new DeviceManager(List.of(
                new DeviceConfig("printer", DeviceType.RECEIPT_PRINTER, null, printerCable.hostSide().toString(), 0,
                        Map.of("poll-ms", "100")),
                new DeviceConfig("scanner", DeviceType.CODE_SCANNER, null, scannerCable.hostSide().toString(), 0,
                        Map.of("poll-ms", "50"))), board);
        List<String> codes = new CopyOnWriteArrayList<>();
        manager.addDataListener(new DeviceDataListener() {
            @Override
            public void codeScanned(String device, ScannedCode code) {
                codes.add(code.text());
            }
        });
        manager.start();
        assertThat(Await.until(WAIT, () -> board.snapshot().allUsable() && board.snapshot().devices().size() == 2))
                .isTrue();

        printerCable.close();
        scannerCable.close();
        assertThat(Await.until(NOTICE, () -> state("printer") == DeviceState.OFFLINE
                && state("scanner") == DeviceState.OFFLINE)).as(() -> board.snapshot().toString()).isTrue();

        printerCable = PtyPair.start(dir, "printer");
        scannerCable = PtyPair.start(dir, "scanner");
        assertThat(Await.until(WAIT, () -> state("printer") == DeviceState.ONLINE
                && state("scanner") == DeviceState.ONLINE)).as(() -> board.snapshot().toString()).isTrue();

        assertThat(Await.until(WAIT, () -> {
            try {
                scanner.show("AFTER-REPLUG");
            } catch (java.io.IOException e) {
                return false; // the simulator has not reattached yet
            }
            return Await.until(Duration.ofMillis(300), () -> codes.contains("AFTER-REPLUG"));
        })).as("code after the cable came back").isTrue();
    }

    private DeviceState state(String name) {
        return board.snapshot().device(name).map(status -> status.state()).orElse(null);
    }
}
