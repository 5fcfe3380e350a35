package cn.egovkiosk.benchmarks;

import cn.egovkiosk.device.document.CertificateContent;
import cn.egovkiosk.device.document.DocumentFont;
import cn.egovkiosk.device.document.DocumentTemplates;
import cn.egovkiosk.device.document.ReceiptContent;
import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.receipt.ReceiptPrinterProfile;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a resident waits for at the end of a visit, in a warm JVM (the font parsed once, as the kiosk does): the
 * ESC/POS receipt bytes (goal ≤ 5 ms), the 80 mm receipt PDF and the A4 certificate PDF (goal ≤ 10 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class PrintingBenchmarks {

    private static final String QR = "https://zwfw.example.cn/q/2026-000123";

    private DocumentTemplates templates;
    private ReceiptContent receipt;
    private CertificateContent certificate;

    @Setup
    public void parseFontOnce() {
        templates = new DocumentTemplates(DocumentFont.system(), Locale.SIMPLIFIED_CHINESE);
        receipt = new ReceiptContent("2026-000123", "张*", "居住证签注", "思明区公安分局",
                LocalDateTime.of(2026, 11, 28, 9, 30), QR, List.of("请于5个工作日后凭本回执领取结果。"));
        certificate = new CertificateContent("社会保险参保缴费证明", "SB-2026-004211", "张喆堃",
                "3502**********1234", List.of(new CertificateContent.Field("参保险种", "城镇职工基本养老保险"),
                        new CertificateContent.Field("参保单位", "厦门市某某科技有限公司"),
                        new CertificateContent.Field("缴费期间", "2024年1月至2026年10月，共34个月")),
                "厦门市社会保险管理中心", LocalDate.of(2026, 11, 28), "https://zwfw.example.cn/verify/CERT-8F3A2C");
    }

    /** The receipt a standard printer gets: native QR, one name line with 𠮷 drawn as a raster image. */
    @Benchmark
    public byte[] escPosReceiptBytes() {
        return EscPosReceipt.builder(ReceiptPrinterProfile.STANDARD)
                .align(EscPosReceipt.Alignment.CENTER).size(2, 2).bold(true).line("办事回执")
                .size(1, 1).bold(false).align(EscPosReceipt.Alignment.LEFT)
                .line("受理编号：2026-000123").line("申请人：𠮷*").line("事项：居住证签注")
                .line("受理时间：2026-11-28 09:30").align(EscPosReceipt.Alignment.CENTER)
                .qr(QR).barcode("2026000123", 60).feed(2).cut().build().bytes();
    }

    @Benchmark
    public byte[] receiptPdf() {
        return templates.receipt(receipt);
    }

    @Benchmark
    public byte[] a4CertificatePdf() {
        return templates.certificate(certificate);
    }
}
