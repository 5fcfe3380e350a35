package cn.egovkiosk.device.cli;

import cn.egovkiosk.device.receipt.EscPosReceipt;
import cn.egovkiosk.device.receipt.EscPosReceiptPrinter;
import cn.egovkiosk.device.status.DeviceStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * {@code print-test --port P [--baud 9600]}: prints a short test receipt (Chinese text, a QR code, a cut), after the
 * printer's own check of cover, error and paper.
 */
final class PrintTestCommand {

    private PrintTestCommand() {
    }

    static int run(CliArgs args, CliText text, PrintStream out) throws UsageException, PortProblem {
        args.allow("port", "baud");
        String port = args.require("port");
        int baud = args.number("baud", 9600);
        String stamp = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        EscPosReceipt receipt = EscPosReceipt.builder()
                .align(EscPosReceipt.Alignment.CENTER).bold(true).line("自助终端打印测试 PRINT TEST").bold(false)
                .line(stamp)
                .align(EscPosReceipt.Alignment.LEFT)
                .line("中文 GB18030: 政务服务 张三 喆 堃")
                .line("port " + port + " @" + baud)
                .align(EscPosReceipt.Alignment.CENTER).qr("EGOV-KIOSK-PRINT-TEST " + stamp)
                .feed(2).cut().build();
        try (EscPosReceiptPrinter printer = new EscPosReceiptPrinter("print-test", PortAccess.open(port, baud))) {
            try {
                printer.print(receipt);
            } catch (IOException e) {
                DeviceStatus status = printer.status();
                out.println(text.get("printTest.notSent", port, status.state(), status.media(), e.getMessage()));
                return ExitCode.FAILED;
            }
            // the status answer comes after the receipt's bytes, so they have left before the port is closed
            DeviceStatus status = printer.checkStatus();
            out.println(text.get("printTest.sent", port, status.media(),
                    status.detail().isEmpty() ? "" : " (" + status.detail() + ")"));
            return ExitCode.OK;
        } catch (IOException e) {
            return ExitCode.OK; // closing failed after the receipt went out
        }
    }
}
