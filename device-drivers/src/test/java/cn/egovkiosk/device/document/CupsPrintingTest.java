package cn.egovkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.egovkiosk.device.QrImages;
import cn.egovkiosk.device.receipt.CupsRawReceiptPrinter;
import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Printing through a real, private cupsd: A4 PDFs through javax.print to a cups-pdf queue (checked by rendering the
 * printed PDF with pdftoppm and decoding its QR), ESC/POS through a raw socket queue to the printer simulator, and the
 * queue faults (missing, rejecting, stuck job) as device errors.
 */
@ExtendWith(PrivateCups.class)
class CupsPrintingTest {

    private final PrivateCups.Instance cups = PrivateCups.instance();
    private final List<DeviceStatus> published = new CopyOnWriteArrayList<>();

    @Test
    void anA4CertificatePrintsOnA4AndItsQrDecodesFromThePrintedPage() throws Exception {
        assumeTrue(cups.seenByJavaxPrint(), "CUPS_SERVER must name the private cupsd when the JVM starts");
        CupsDocumentPrinter printer = printer(PrivateCups.PDF_QUEUE, Duration.ofSeconds(20));
        String nonce = "cert" + UUID.randomUUID().toString().substring(0, 8);

        printer.print(DocumentTemplates.chinese().certificate(SampleDocuments.certificate("𠮷田喆堃")), nonce);

        Path printed = PrivateCups.awaitCupsPdf(nonce);
        try {
            BufferedImage page = PrivateCups.render(printed, 100);
            assertThat(page.getWidth()).isBetween(825, 828); // 210 mm at 100 dpi: A4, not Letter (850)
            assertThat(page.getHeight()).isBetween(1168, 1171);
            assertThat(QrImages.decode(page)).contains(SampleDocuments.CERTIFICATE_QR);
        } finally {
            Files.deleteIfExists(printed);
        }
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void aMissingQueueIsAHardwareError() {
        CupsDocumentPrinter printer = printer("no-such-queue", Duration.ofSeconds(5));

        assertThatThrownBy(() -> printer.print(new byte[] {'%'}, "x")).isInstanceOf(DocumentPrintException.class)
                .hasMessageContaining("missing");
        assertThat(printer.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(published).extracting(DeviceStatus::state).containsExactly(DeviceState.HARDWARE_ERROR);
    }

    @Test
    void aRejectingQueueRefusesUntilItAcceptsAgain() throws Exception {
        String queue = "kiosk-a4-reject";
        cups.admin("lpadmin", "-p", queue, "-E", "-v", "cups-pdf:/", "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
        cups.admin("cupsreject", queue);
        CupsDocumentPrinter printer = printer(queue, Duration.ofSeconds(20));

        assertThatThrownBy(() -> printer.print(new byte[] {'%'}, "x")).hasMessageContaining("rejects jobs");
        assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);

        cups.admin("cupsaccept", queue);
        assertThat(printer.checkStatus().state()).isEqualTo(DeviceState.ONLINE);
        cups.admin("cupsdisable", queue);
        assertThat(printer.checkStatus().detail()).contains("stopped");
    }

    @Test
    void aJobStuckBeyondTheTimeLimitIsCancelledAndReported() throws Exception {
        assumeTrue(cups.seenByJavaxPrint(), "CUPS_SERVER must name the private cupsd when the JVM starts");
        CupsDocumentPrinter printer = printer(PrivateCups.DEAD_QUEUE, Duration.ofSeconds(2));

        assertThatThrownBy(() -> printer.print(DocumentTemplates.chinese().serviceGuide(SampleDocuments.guide()),
                "guide")).isInstanceOf(DocumentPrintException.class).hasMessageContaining("not done after 2 s");

        assertThat(printer.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(cups.client().pendingJobs(PrivateCups.DEAD_QUEUE)).isEmpty();
    }

    @Test
    void escPosThroughARawQueueArrivesByteForByte() throws Exception {
        CupsRawReceiptPrinter printer = new CupsRawReceiptPrinter("receipt-queue", PrivateCups.RECEIPT_QUEUE,
                cups.client(), Duration.ofSeconds(20), published::add);
        String tracking = "2026-" + UUID.randomUUID().toString().substring(0, 6);
        EscPosReceipt receipt = EscPosReceipt.builder().line("办事回执").line(tracking).qr("https://zwfw.example.cn/q/"
                + tracking).cut().build();

        printer.print(receipt);

        PrintedReceipt printed = cups.receiptPrinter().awaitReceipt(r -> r.textLines().contains(tracking),
                Duration.ofSeconds(10)).orElseThrow();
        assertThat(printed.raw()).isEqualTo(receipt.bytes());
        assertThat(printed.qrPayloads()).containsExactly("https://zwfw.example.cn/q/" + tracking);
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    private CupsDocumentPrinter printer(String queue, Duration limit) {
        return new CupsDocumentPrinter("a4-printer", queue, cups.client(), limit, published::add);
    }
}
