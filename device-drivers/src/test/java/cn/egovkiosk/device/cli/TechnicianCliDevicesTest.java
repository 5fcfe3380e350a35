package cn.egovkiosk.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.scanner.CodeScannerSimulator;
import cn.egovkiosk.device.scanner.ScannerSettings;
import cn.egovkiosk.device.scanner.TriggerMode;
import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.SamReaderSimulator;
import cn.egovkiosk.device.simulator.SimulatedCard;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.PtyLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CLI against the simulators on the device end of a real socat pty pair. */
class TechnicianCliDevicesTest {

    @RegisterExtension
    final PtyLink link = new PtyLink("cli");

    @Test
    void readCardShowsTheCardMaskedUnlessRevealed() {
        SamReaderSimulator reader = link.closeAtEnd(new SamReaderSimulator(link.deviceSide()));
        reader.start();
        reader.present(SimulatedCard.sample().withAppendedAddresses("上海市浦东新区世纪大道100号"));

        CliRun masked = CliRun.of("read-card", "--port", host(), "--timeout", "5");

        assertThat(masked.exit()).as(masked.err()).isEqualTo(0);
        assertThat(masked.out()).contains("张*", "1101**********002X", "check digit valid", "RESIDENT",
                "2010-01-01 to 2030-01-01", "1024 bytes WLT");
        assertThat(masked.out()).contains("appended address: ");
        assertThat(masked.out()).doesNotContain("张三", "11010519491231002X", "建国路", "1949-12-31", "世纪大道");

        reader.remove();
        reader.present(SimulatedCard.sample().withAppendedAddresses("上海市浦东新区世纪大道100号"));
        CliRun revealed = CliRun.of("read-card", "--port", host(), "--timeout", "5", "--reveal");

        assertThat(revealed.exit()).isEqualTo(0);
        assertThat(revealed.out()).contains("REVEALED", "张三", "11010519491231002X", "北京市朝阳区建国路1号",
                "appended address: 上海市浦东新区世纪大道100号");
    }

    @Test
    void readCardWithoutACardEndsAfterItsTimeout() {
        link.closeAtEnd(new SamReaderSimulator(link.deviceSide())).start();

        CliRun run = CliRun.of("read-card", "--port", host(), "--timeout", "1");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("no card within 1 s");
    }

    @Test
    void probeRecognisesAnIdCardReader() {
        link.closeAtEnd(new SamReaderSimulator(link.deviceSide())).start();

        CliRun run = CliRun.of("probe", "--port", host());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("ID card reader (SAM serial protocol), SAM id ");
    }

    @Test
    void probeRecognisesAReceiptPrinterAndItsPaper() {
        EscPosPrinterSimulator printer = link.closeAtEnd(new EscPosPrinterSimulator(link.deviceSide()));
        printer.start();
        printer.setPaper(MediaState.LOW);

        CliRun run = CliRun.of("probe", "--port", host());

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("receipt printer (ESC/POS): ONLINE, paper LOW");
        assertThat(printer.receipts()).as("nothing printed by the probe").isEmpty();
    }

    @Test
    void probeRecognisesAHoneywellScanner() {
        link.closeAtEnd(new CodeScannerSimulator(link.deviceSide(),
                ScannerSettings.defaults().withTrigger(TriggerMode.HONEYWELL))).start();

        CliRun run = CliRun.of("probe", "--port", host(), "--baud", "9600");

        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("code scanner (Honeywell serial commands), trigger mode TRGMOD0");
    }

    @Test
    void probeSaysWhenNothingAnswers() {
        link.deviceSide(); // a cable with nothing on its other end

        CliRun run = CliRun.of("probe", "--port", host(), "--baud", "115200");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("nothing answered", "scan --port");
    }

    @Test
    void scanWaitsForOneCodeFromAContinuousScanner() throws Exception {
        CodeScannerSimulator scanner = link.closeAtEnd(new CodeScannerSimulator(link.deviceSide(),
                ScannerSettings.defaults()));
        scanner.start();
        Thread shower = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(500);
                scanner.show("粤省事-𠮷-0042");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        CliRun run = CliRun.of("scan", "--port", host(), "--timeout", "5");
        shower.join();

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("code (UNKNOWN, 10 characters, 19 bytes): 粤省事-𠮷-0042");
    }

    private String host() {
        return link.pair().hostSide().toString();
    }
}
