package cn.egovkiosk.device.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.QrImages;
import cn.egovkiosk.device.document.PrivateCups;
import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.PtyLink;
import cn.egovkiosk.device.transport.TcpServerTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code test-print} in-process against each printer kind: serial (pty), TCP and CUPS queues (private cupsd). */
@ExtendWith(PrivateCups.class)
class TechnicianCliTestPrintTest {

    @RegisterExtension
    final PtyLink link = new PtyLink("test-print");

    @Test
    void overSerialTheTestReceiptPrintsAndTheStatusIsReported() {
        EscPosPrinterSimulator simulator = link.closeAtEnd(new EscPosPrinterSimulator(link.deviceSide()));
        simulator.start();

        CliRun run = CliRun.of("test-print", "--port", link.pair().hostSide().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("ONLINE", "OK");
        PrintedReceipt printed = simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow();
        assertThat(printed.qrPayloads()).singleElement().asString().startsWith(TestPrintCommand.QR_PREFIX);
        assertThat(printed.barcodes()).hasSize(1);
    }

    @Test
    void overTcpAPrinterWithoutPaperGetsNothingAndTheStatusSaysWhy() throws Exception {
        TcpServerTransport server = new TcpServerTransport(0);
        server.open();
        try (EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(server)) {
            simulator.start();
            simulator.setPaper(MediaState.OUT);

            CliRun refused = CliRun.of("test-print", "--tcp", "127.0.0.1:" + server.localPort());

            assertThat(refused.exit()).isEqualTo(ExitCode.FAILED);
            assertThat(refused.out()).contains("USER_ERROR", "OUT", "paper out");
            assertThat(simulator.receipts()).isEmpty();

            simulator.setPaper(MediaState.LOW);
            CliRun printed = CliRun.of("test-print", "--tcp", "127.0.0.1:" + server.localPort());
            assertThat(printed.exit()).isZero();
            assertThat(printed.out()).contains("ONLINE", "LOW");
            assertThat(simulator.awaitReceipt(r -> true, Duration.ofSeconds(5))).isPresent();
        }
    }

    @Test
    void toARawQueueTheReceiptReachesThePrinter() {
        PrivateCups.Instance cups = PrivateCups.instance();
        assumeTrue(cups.seenByJavaxPrint(), "CUPS_SERVER must name the private cupsd");
        int before = cups.receiptPrinter().receipts().size();

        CliRun run = CliRun.of("test-print", "--queue", PrivateCups.RECEIPT_QUEUE, "--kind", "receipt");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(cups.receiptPrinter().awaitReceipt(r -> cups.receiptPrinter().receipts().size() > before,
                Duration.ofSeconds(10))).isPresent();
    }

    @Test
    void toAnA4QueueTheTestPagePrintsWithADecodableQr() throws Exception {
        PrivateCups.Instance cups = PrivateCups.instance();
        assumeTrue(cups.seenByJavaxPrint(), "CUPS_SERVER must name the private cupsd");

        CliRun run = CliRun.of("test-print", "--queue", PrivateCups.PDF_QUEUE);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Path printed = PrivateCups.awaitCupsPdf("kiosk-test-page");
        try {
            Optional<String> qr = QrImages.decode(PrivateCups.render(printed, 100));
            assertThat(qr).get().asString().startsWith(TestPrintCommand.QR_PREFIX);
        } finally {
            Files.deleteIfExists(printed);
        }
    }

    @Test
    void aMissingQueueOrNoTargetIsReported() {
        CliRun missing = CliRun.of("test-print", "--queue", "no-such-queue");
        assertThat(missing.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(missing.out()).contains("HARDWARE_ERROR", "missing");

        assertThat(CliRun.of("test-print").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("test-print", "--tcp", "nohost").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("test-print", "--queue", "q", "--kind", "poster").exit()).isEqualTo(ExitCode.USAGE);
    }
}
