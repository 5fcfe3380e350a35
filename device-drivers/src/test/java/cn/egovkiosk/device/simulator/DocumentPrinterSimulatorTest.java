package cn.egovkiosk.device.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.document.CertificateContent;
import cn.egovkiosk.device.document.DocumentPrintException;
import cn.egovkiosk.device.document.DocumentTemplates;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.MediaState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentPrinterSimulatorTest {

    @TempDir
    Path output;
    private final List<DeviceStatus> published = new CopyOnWriteArrayList<>();

    @Test
    void keepsEachPrintedPdfByteForByteWithItsPageCount() throws Exception {
        DocumentPrinterSimulator printer = printer();
        byte[] pdf = certificatePdf();
        List<PrintedDocument> seen = new CopyOnWriteArrayList<>();
        printer.addListener(seen::add);

        printer.print(pdf, "certificate V7K2M9Q4X8");

        PrintedDocument printed = printer.printed().getFirst();
        assertThat(printed.file().getParent()).isEqualTo(output);
        assertThat(printed.file().getFileName().toString()).isEqualTo("0001-certificate_V7K2M9Q4X8.pdf");
        assertThat(Files.readAllBytes(printed.file())).isEqualTo(pdf);
        assertThat(printed.pages()).isEqualTo(1);
        assertThat(seen).containsExactly(printed);
        // busy while the page comes out, ready again after it
        assertThat(published).extracting(DeviceStatus::state).containsExactly(DeviceState.BUSY, DeviceState.ONLINE);
        assertThat(printer.status().usable()).isTrue();
    }

    @Test
    void refusesWhileOfflineOrOutOfPaperAndPrintsAgainWhenFixed() throws Exception {
        DocumentPrinterSimulator printer = printer();
        byte[] pdf = certificatePdf();

        printer.paperOut(true);
        assertThatThrownBy(() -> printer.print(pdf, "a")).isInstanceOf(DocumentPrintException.class)
                .hasMessageContaining("media-empty");
        assertThat(printer.status().state()).isEqualTo(DeviceState.USER_ERROR);
        assertThat(printer.status().media()).isEqualTo(MediaState.OUT);

        printer.paperOut(false);
        printer.offline(true);
        assertThatThrownBy(() -> printer.print(pdf, "b")).isInstanceOf(DocumentPrintException.class)
                .hasMessageContaining("rejects");
        assertThat(printer.checkStatus().state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(printer.printed()).isEmpty();

        printer.offline(false);
        printer.print(pdf, "c");
        assertThat(printer.printed()).extracting(PrintedDocument::title).containsExactly("c");
    }

    @Test
    void refusesWhatIsNotAPdfAndStaysReady() {
        DocumentPrinterSimulator printer = printer();

        assertThatThrownBy(() -> printer.print("%!PS-Adobe".getBytes(), "x"))
                .isInstanceOf(DocumentPrintException.class).hasMessageContaining("not a readable PDF");
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void aMultiPageJobTakesThePageTimeForEveryPage() throws Exception {
        DocumentPrinterSimulator printer = new DocumentPrinterSimulator("a4", output, Duration.ofMillis(150),
                published::add);
        byte[] twoPages;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            twoPages = out.toByteArray();
        }
        long start = System.nanoTime();

        printer.print(twoPages, "two pages");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        try (PDDocument kept = Loader.loadPDF(printer.printed().getFirst().file().toFile())) {
            assertThat(kept.getNumberOfPages()).isEqualTo(2);
        }
    }

    private DocumentPrinterSimulator printer() {
        return new DocumentPrinterSimulator("a4", output, Duration.ZERO, published::add);
    }

    private static byte[] certificatePdf() {
        return DocumentTemplates.chinese().certificate(new CertificateContent("社会保险参保缴费证明", "V7K2M9Q4X8", "张三",
                "1101**********002X", List.of(), "社保中心", LocalDate.of(2026, 11, 20),
                "http://localhost:8081/verify/V7K2M9Q4X8"));
    }
}
