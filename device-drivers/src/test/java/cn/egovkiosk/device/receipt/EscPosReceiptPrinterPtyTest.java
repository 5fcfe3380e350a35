package cn.egovkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.simulator.PrintedReceipt;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.MediaState;
import cn.egovkiosk.device.transport.PtyLink;
import cn.egovkiosk.device.transport.SerialPortTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The receipt printer driver against the printer simulator, over a real socat pty pair. */
class EscPosReceiptPrinterPtyTest {

    private static final String QR_PAYLOAD = "https://zwfw.example.cn/r/2026-000123?办事=回执";

    @RegisterExtension
    final PtyLink link = new PtyLink("printer");

    private EscPosPrinterSimulator simulator;
    private EscPosReceiptPrinter printer;

    @BeforeEach
    void connect() {
        simulator = link.closeAtEnd(new EscPosPrinterSimulator(link.deviceSide()));
        simulator.start();
        printer = link.closeAtEnd(new EscPosReceiptPrinter("receipt-printer", link.hostSide()));
    }

    @Test
    void aChineseReceiptWithQrArrivesAsSent() throws Exception {
        CopyOnWriteArrayList<PrintedReceipt> heard = new CopyOnWriteArrayList<>();
        simulator.addListener(heard::add);
        EscPosReceipt receipt = EscPosReceipt.builder()
                .align(EscPosReceipt.Alignment.CENTER).size(2, 2).bold(true).line("办事回执")
                .bold(false).size(1, 1).align(EscPosReceipt.Alignment.LEFT)
                .line("申请人：张*").line("事项：居住证签注").text("受理编号：").bold(true).text("2026-000123")
                .bold(false).line("")
                .align(EscPosReceipt.Alignment.CENTER).qr(QR_PAYLOAD).feed(2).cut().build();

        printer.print(receipt);
        PrintedReceipt printed = simulator.awaitReceipt(r -> !r.qrPayloads().isEmpty(), Duration.ofSeconds(5))
                .orElseThrow();

        assertThat(printed.textLines()).containsExactly("办事回执", "申请人：张*", "事项：居住证签注", "受理编号：2026-000123");
        assertThat(printed.qrPayloads()).containsExactly(QR_PAYLOAD);
        assertThat(printed.raw()).isEqualTo(receipt.bytes());
        assertThat(HexFormat.of().formatHex(printed.raw())).contains(qrStoreCommandHex(QR_PAYLOAD));
        assertThat(heard).containsExactly(printed);
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(printer.status().media()).isEqualTo(MediaState.OK);
    }

    @Test
    void jobsAreSplitAtTheCut() throws Exception {
        printer.print(EscPosReceipt.builder().line("第一张").cut().build());
        printer.print(EscPosReceipt.builder().line("第二张").cut().build());

        assertThat(simulator.awaitReceipt(r -> r.textLines().contains("第二张"), Duration.ofSeconds(5))).isPresent();
        assertThat(simulator.receipts()).extracting(PrintedReceipt::textLines)
                .containsExactly(java.util.List.of("第一张"), java.util.List.of("第二张"));
    }

    @Test
    void anEmptyPrinterGetsNoJob() throws Exception {
        simulator.setPaper(MediaState.OUT);

        assertThatThrownBy(() -> printer.print(EscPosReceipt.builder().line("不应打印").cut().build()))
                .isInstanceOf(IOException.class).hasMessageContaining("paper out");
        assertThat(printer.status().state()).isEqualTo(DeviceState.USER_ERROR);
        assertThat(printer.status().usable()).isFalse();

        simulator.setPaper(MediaState.LOW);
        printer.print(EscPosReceipt.builder().line("纸将尽").cut().build());
        assertThat(simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow().textLines())
                .containsExactly("纸将尽");
        assertThat(printer.status().media()).isEqualTo(MediaState.LOW);
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void anOpenCoverStopsTheJobUntilClosed() throws Exception {
        simulator.setCoverOpen(true);

        assertThatThrownBy(() -> printer.print(EscPosReceipt.builder().line("盖开").cut().build()))
                .isInstanceOf(IOException.class).hasMessageContaining("cover open");
        assertThat(printer.checkStatus().state()).isEqualTo(DeviceState.USER_ERROR);

        simulator.setCoverOpen(false);
        assertThat(printer.checkStatus().state()).isEqualTo(DeviceState.ONLINE);
        printer.print(EscPosReceipt.builder().line("盖好").cut().build());
        assertThat(simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow().textLines())
                .containsExactly("盖好");
        assertThat(simulator.receipts()).hasSize(1);
    }

    @Test
    void aPrinterWithoutRealTimeStatusStillPrints() throws Exception {
        simulator.close(); // a bare line: nobody answers DLE EOT
        SerialPortTransport bareDevice = link.deviceSide();
        bareDevice.open();
        EscPosReceipt receipt = EscPosReceipt.builder().line("无状态").cut().build();

        printer.print(receipt);

        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(printer.status().media()).isEqualTo(MediaState.UNKNOWN);
        byte[] arrived = PtyLink.readExactly(bareDevice, 9 + receipt.bytes().length);
        assertThat(java.util.Arrays.copyOfRange(arrived, 9, arrived.length)).isEqualTo(receipt.bytes());
    }

    @Test
    void aVanishedPortIsOffline() throws Exception {
        printer.print(EscPosReceipt.builder().line("一").cut().build());
        simulator.close();
        link.pair().close();

        assertThatThrownBy(() -> printer.print(EscPosReceipt.builder().line("二").cut().build()))
                .isInstanceOf(IOException.class);
        assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);
    }

    private static String qrStoreCommandHex(String payload) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        int length = data.length + 3;
        return HexFormat.of().formatHex(new byte[] {0x1D, 0x28, 0x6B, (byte) length, (byte) (length >>> 8), 0x31,
            0x50, 0x30}) + HexFormat.of().formatHex(data);
    }
}
