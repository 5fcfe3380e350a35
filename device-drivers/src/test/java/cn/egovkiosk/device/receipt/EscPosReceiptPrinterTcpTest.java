package cn.egovkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.transport.TcpClientTransport;
import cn.egovkiosk.device.transport.TcpServerTransport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fallback where socat is missing, and the shape of a raw network printer (port 9100). */
class EscPosReceiptPrinterTcpTest {

    @Test
    void printsOverALoopbackSocket() throws Exception {
        TcpServerTransport server = new TcpServerTransport(0);
        server.open();
        try (EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(server)) {
            simulator.start();
            try (EscPosReceiptPrinter printer = new EscPosReceiptPrinter("receipt-printer",
                    new TcpClientTransport("127.0.0.1", server.localPort()))) {
                printer.print(EscPosReceipt.builder().line("网络打印").qr("TOKEN-42").cut().build());
            }

            PrintedReceipt printed = simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow();
            assertThat(printed.textLines()).containsExactly("网络打印");
            assertThat(printed.qrPayloads()).containsExactly("TOKEN-42");
        }
    }
}
