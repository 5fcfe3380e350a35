package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.document.CertificateContent;
import cn.egovkiosk.device.document.CupsClient;
import cn.egovkiosk.device.document.CupsDocumentPrinter;
import cn.egovkiosk.device.document.DocumentTemplates;
import cn.egovkiosk.device.receipt.CupsRawReceiptPrinter;
import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.receipt.EscPosReceiptPrinter;
import cn.egovkiosk.device.receipt.ReceiptPrinter;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code test-print --port P [--baud 9600] | --tcp HOST:PORT | --queue NAME [--kind a4|receipt]}: sends a test page to
 * a serial or network ESC/POS printer (after its DLE EOT status check) or to a CUPS queue (an A4 page through
 * javax.print, or ESC/POS bytes to a raw queue), and reports the printer status it read.
 */
final class TestPrintCommand {

    static final String QR_PREFIX = "EGOV-KIOSK-TEST-PAGE ";
    private static final Duration QUEUE_TIME_LIMIT = Duration.ofSeconds(60);

    private final ResourceBundle texts = ResourceBundle.getBundle("cn.egovkiosk.device.cli.testprint",
            CliText.fromEnvironment().getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private final PrintStream out;
    private final String stamp = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();

    private TestPrintCommand(PrintStream out) {
        this.out = out;
    }

    static int run(CliArgs args, PrintStream out) throws UsageException, PortProblem {
        args.allow("port", "baud", "tcp", "queue", "kind");
        TestPrintCommand command = new TestPrintCommand(out);
        if (args.option("queue").isPresent()) {
            return command.queue(args.require("queue"), args.option("kind").orElse("a4"));
        }
        String port;
        if (args.option("tcp").isPresent()) {
            String tcp = args.require("tcp");
            if (!tcp.matches("[^:/\\s]+:\\d{1,5}")) {
                throw new UsageException("usage.badValue", command.text("badTcp", tcp));
            }
            port = "tcp://" + tcp;
        } else {
            port = args.option("port").orElseThrow(() -> new UsageException("usage.badValue", command.text("choose")));
        }
        int baud = args.number("baud", 9600);
        try (EscPosReceiptPrinter printer = new EscPosReceiptPrinter("test-print", PortAccess.open(port, baud))) {
            return command.receipt(printer, port);
        } catch (IOException e) {
            return ExitCode.OK; // closing failed after the answer was given
        }
    }

    private int queue(String queue, String kind) throws UsageException {
        CupsClient cups = CupsClient.fromEnvironment();
        if (kind.equals("receipt")) {
            return receipt(new CupsRawReceiptPrinter("test-print", queue, cups, QUEUE_TIME_LIMIT, s -> { }), queue);
        }
        if (!kind.equals("a4")) {
            throw new UsageException("usage.badValue", text("badKind", kind));
        }
        CupsDocumentPrinter printer = new CupsDocumentPrinter("test-print", queue, cups, QUEUE_TIME_LIMIT, s -> { });
        byte[] page = DocumentTemplates.chinese().certificate(new CertificateContent("自助终端打印测试页 PRINT TEST",
                stamp, "张三 喆 堃 𠮷", "1101**********002X", List.of(new CertificateContent.Field("CUPS", queue)),
                "e政务自助终端", LocalDate.now(), QR_PREFIX + stamp));
        try {
            printer.print(page, "kiosk-test-page-" + stamp.replace(':', '-'));
            return report(printer.status(), queue, true, "");
        } catch (IOException e) {
            return report(printer.status(), queue, false, e.getMessage());
        }
    }

    private int receipt(ReceiptPrinter printer, String where) {
        EscPosReceipt receipt = EscPosReceipt.builder()
                .align(EscPosReceipt.Alignment.CENTER).size(2, 2).bold(true).line("打印测试").size(1, 1)
                .bold(false).line("PRINT TEST " + stamp).align(EscPosReceipt.Alignment.LEFT)
                .line("GB18030: 政务服务 张* 喆 堃").line(where)
                .align(EscPosReceipt.Alignment.CENTER).barcode("TEST-" + stamp.replaceAll("\\D", ""), 60)
                .qr(QR_PREFIX + stamp).feed(2).cut().build();
        try {
            printer.print(receipt);
        } catch (IOException e) {
            return report(printer.status(), where, false, e.getMessage());
        }
        // after the job, so the status answer also proves its bytes have left
        DeviceStatus after = printer instanceof EscPosReceiptPrinter direct ? direct.checkStatus() : printer.status();
        return report(after, where, true, "");
    }

    private int report(DeviceStatus status, String where, boolean printed, String problem) {
        String detail = status.detail().isEmpty() ? "" : " (" + status.detail() + ")";
        out.println(printed ? text("sent", where, status.state(), status.media(), detail)
                : text("refused", where, status.state(), status.media(), problem));
        return printed ? ExitCode.OK : ExitCode.FAILED;
    }

    private String text(String key, Object... args) {
        return new MessageFormat(texts.getString(key), Locale.ROOT).format(
                java.util.Arrays.stream(args).map(String::valueOf).toArray());
    }
}
