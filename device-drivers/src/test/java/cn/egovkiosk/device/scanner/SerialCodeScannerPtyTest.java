package cn.egovkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.transport.PtyLink;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A serial scanner driver against the scanner simulator over a real socat pty pair. */
class SerialCodeScannerPtyTest {

    private static final Duration WAIT = Duration.ofSeconds(2);

    @RegisterExtension
    final PtyLink link = new PtyLink("scanner");

    @Test
    void continuousScannerDeliversAChineseCodeWithItsPrefixAndSuffixRemoved() throws IOException {
        ScannerSettings settings = ScannerSettings.defaults().withAffixes("]Q1", "#", Terminator.CR_LF);
        CodeScannerSimulator scanner = simulator(settings);
        SerialCodeScanner driver = driver(settings);

        scanner.show("电子证照:粤B-2026-𠮷-0001");

        Optional<ScannedCode> code = driver.read(WAIT);
        assertThat(code).map(ScannedCode::text).contains("电子证照:粤B-2026-𠮷-0001");
        assertThat(code.orElseThrow().raw()).isEqualTo("电子证照:粤B-2026-𠮷-0001".getBytes(StandardCharsets.UTF_8));
        assertThat(driver.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(code.orElseThrow().toString()).doesNotContain("粤");
    }

    @Test
    void aCodeSplitInsideAMultiByteCharacterArrivesWhole() throws Exception {
        CodeScannerSimulator scanner = simulator(ScannerSettings.defaults());
        SerialCodeScanner driver = driver(ScannerSettings.defaults());
        byte[] line = "张三https://zwfw.example.cn/q?t=42\r\n".getBytes(StandardCharsets.UTF_8);

        driver.checkHealth();
        scanner.sendRaw(Arrays.copyOfRange(line, 0, 4)); // ends inside 三
        Thread.sleep(60);
        driver.checkHealth();
        scanner.sendRaw(Arrays.copyOfRange(line, 4, line.length));

        assertThat(driver.read(WAIT)).map(ScannedCode::text).contains("张三https://zwfw.example.cn/q?t=42");
    }

    @Test
    void crTerminatedCodesInOneBurstComeOutOneByOne() throws IOException {
        ScannerSettings settings = ScannerSettings.defaults().withAffixes("", "", Terminator.CR);
        CodeScannerSimulator scanner = simulator(settings);
        SerialCodeScanner driver = driver(settings);

        scanner.sendRaw("FIRST-1\rSECOND-2\r".getBytes(StandardCharsets.US_ASCII));

        assertThat(driver.read(WAIT)).map(ScannedCode::text).contains("FIRST-1");
        assertThat(driver.read(WAIT)).map(ScannedCode::text).contains("SECOND-2");
        assertThat(driver.read(Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void gbkOutputOfAChineseScannerIsReadAsChinese() throws IOException {
        CodeScannerSimulator scanner = simulator(ScannerSettings.defaults());
        SerialCodeScanner driver = driver(ScannerSettings.defaults());
        byte[] gbk = "张三-闽政通".getBytes(Charset.forName("GBK"));

        scanner.sendRaw(gbk);
        scanner.sendRaw(new byte[] {'\r', '\n'});

        assertThat(driver.read(WAIT)).map(ScannedCode::text).contains("张三-闽政通");
    }

    @Test
    void theSameCodeHeldInFrontOfAContinuousScannerCountsOnce() throws IOException {
        CodeScannerSimulator scanner = simulator(ScannerSettings.defaults());
        SerialCodeScanner driver = driver(ScannerSettings.defaults());

        scanner.show("TOKEN-A");
        scanner.show("TOKEN-A");
        scanner.show("TOKEN-B");

        assertThat(driver.read(WAIT)).map(ScannedCode::text).contains("TOKEN-A");
        assertThat(driver.read(WAIT)).map(ScannedCode::text).contains("TOKEN-B");
        assertThat(driver.read(Duration.ofMillis(200))).isEmpty();
    }

    @Test
    void aCodeNobodyAskedForGoesStale() throws Exception {
        ScannerSettings settings = new ScannerSettings("", "", Terminator.CR_LF, TriggerMode.CONTINUOUS, null, null,
                Duration.ofMillis(100));
        CodeScannerSimulator scanner = simulator(settings);
        SerialCodeScanner driver = driver(settings);
        driver.checkHealth();

        scanner.show("SHOWN-TO-AN-IDLE-KIOSK");
        Thread.sleep(100);
        driver.checkHealth(); // the manager's poll takes it in
        Thread.sleep(200);

        assertThat(driver.read(Duration.ZERO)).isEmpty();
    }

    @Test
    void honeywellScannerIsTriggeredForEachReadAndStoppedWhenNothingCame() throws Exception {
        ScannerSettings settings = ScannerSettings.defaults().withTrigger(TriggerMode.HONEYWELL);
        CodeScannerSimulator scanner = simulator(settings);
        SerialCodeScanner driver = driver(settings);

        scanner.show("SCAN-ON-TRIGGER");
        assertThat(driver.read(WAIT)).map(ScannedCode::text).contains("SCAN-ON-TRIGGER");
        assertThat(scanner.triggerCount()).isEqualTo(1);

        assertThat(driver.read(Duration.ofMillis(300))).isEmpty();
        assertThat(scanner.triggerCount()).isEqualTo(2);
        assertThat(waitFor(() -> scanner.stopCount() == 1)).as("stop sent").isTrue();
    }

    @Test
    void aScannerWhosePortWentAwayIsOfflineAndComesBackWhenItReturns() throws IOException {
        SerialCodeScanner driver = driver(ScannerSettings.defaults());
        assertThat(driver.checkHealth().state()).isEqualTo(DeviceState.ONLINE);

        link.pair().close();

        assertThat(waitFor(() -> driver.checkHealth().state() == DeviceState.OFFLINE)).isTrue();
        assertThat(driver.status().detail()).contains("transport");
    }

    private CodeScannerSimulator simulator(ScannerSettings settings) {
        CodeScannerSimulator simulator = link.closeAtEnd(new CodeScannerSimulator(link.deviceSide(), settings));
        simulator.start();
        return simulator;
    }

    private SerialCodeScanner driver(ScannerSettings settings) {
        return link.closeAtEnd(new SerialCodeScanner("scanner", link.hostSide(), settings));
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) {
        return cn.egovkiosk.device.Await.until(WAIT, condition);
    }
}
