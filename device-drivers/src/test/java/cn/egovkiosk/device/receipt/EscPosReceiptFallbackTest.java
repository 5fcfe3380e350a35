package cn.egovkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.QrImages;
import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedImage;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a printer cannot print natively goes as raster images (GS v 0), checked on the printer simulator's side over
 * a TCP socket (a network printer on port 9100): QR codes decoded back with ZXing, rare-character lines drawn.
 */
class EscPosReceiptFallbackTest {

    private static final String PAYLOAD = "https://zwfw.example.cn/r/2026-000777";

    private TcpPrinterRig rig;
    private EscPosPrinterSimulator simulator;
    private EscPosReceiptPrinter printer;

    @BeforeEach
    void connect() throws Exception {
        rig = TcpPrinterRig.start(status -> { });
        simulator = rig.simulator();
        printer = rig.printer();
    }

    @AfterEach
    void disconnect() throws Exception {
        rig.close();
    }

    @Test
    void aPrinterWithoutNativeQrGetsAQrImageThatDecodesToThePayload() throws Exception {
        printer.print(EscPosReceipt.builder(ReceiptPrinterProfile.NO_NATIVE_QR).line("回执").qr(PAYLOAD).cut().build());

        PrintedReceipt printed = simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow();
        assertThat(printed.qrPayloads()).isEmpty();
        assertThat(printed.images()).hasSize(1);
        PrintedImage qr = printed.images().getFirst();
        assertThat(qr.widthBytes() * 8).isLessThanOrEqualTo(EscPosRaster.PRINTABLE_DOTS);
        assertThat(QrImages.decode(qr.toImage(16))).contains(PAYLOAD);
    }

    @Test
    void aNativeQrPrinterGetsTheQrCommandsAndNoImage() throws Exception {
        printer.print(EscPosReceipt.builder(ReceiptPrinterProfile.STANDARD).qr(PAYLOAD).cut().build());

        PrintedReceipt printed = simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow();
        assertThat(printed.qrPayloads()).containsExactly(PAYLOAD);
        assertThat(printed.images()).isEmpty();
    }

    @Test
    void aLineWithAFourByteCharacterIsDrawnTheOthersStayText() throws Exception {
        printer.print(EscPosReceipt.builder(ReceiptPrinterProfile.STANDARD).line("申请人：张*").size(2, 2).bold(true)
                .line("𠮷田 喆 堃").size(1, 1).bold(false).line("谢谢").cut().build());

        PrintedReceipt printed = simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow();
        assertThat(printed.textLines()).containsExactly("申请人：张*", "谢谢");
        assertThat(printed.images()).hasSize(1);
        PrintedImage line = printed.images().getFirst();
        assertThat(line.height()).isGreaterThanOrEqualTo(48); // double height of the 24-dot character
        assertThat(line.blackDots()).isGreaterThan(200);
        assertThat(HexFormat.of().formatHex(printed.raw())).doesNotContain("95328236"); // no 4-byte code was sent
    }

    @Test
    void aPrinterThatPrintsFourByteCodesGetsThemAsText() throws Exception {
        printer.print(EscPosReceipt.builder(new ReceiptPrinterProfile(true, true)).line("𠮷田").cut().build());

        PrintedReceipt printed = simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow();
        assertThat(printed.textLines()).containsExactly("𠮷田");
        assertThat(printed.images()).isEmpty();
    }

    @Test
    void aCode128BarcodeArrivesWithItsData() throws Exception {
        printer.print(EscPosReceipt.builder().align(EscPosReceipt.Alignment.CENTER).barcode("2026-000777", 80)
                .feed(1).cut().build());

        PrintedReceipt printed = simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow();
        assertThat(printed.barcodes()).containsExactly("2026-000777");
        assertThat(HexFormat.of().formatHex(printed.raw())).contains("1d6b490d7b42" + HexFormat.of()
                .formatHex("2026-000777".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    @Test
    void theDriversOwnBuilderFollowsItsProfile() throws Exception {
        printer.print(printer.newReceipt().line("𠮷田").qr(PAYLOAD).cut().build()); // STANDARD: native QR, no Ext B

        PrintedReceipt printed = simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow();
        assertThat(printed.qrPayloads()).containsExactly(PAYLOAD);
        assertThat(printed.images()).hasSize(1);
        assertThat(printed.textLines()).isEmpty();
    }

    @Test
    void profileFromConfigurationValues() {
        assertThat(ReceiptPrinterProfile.of(null, null)).isEqualTo(ReceiptPrinterProfile.STANDARD);
        assertThat(ReceiptPrinterProfile.of("false", null)).isEqualTo(ReceiptPrinterProfile.NO_NATIVE_QR);
        assertThat(ReceiptPrinterProfile.of(" true ", "TRUE")).isEqualTo(new ReceiptPrinterProfile(true, true));
    }
}
