package cn.egovkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.Await;
import cn.egovkiosk.device.simulator.EscPosPrinterSimulator;
import cn.egovkiosk.device.status.DeviceState;
import cn.egovkiosk.device.status.DeviceStatus;
import cn.egovkiosk.device.status.DeviceStatusBoard;
import cn.egovkiosk.device.status.MediaState;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DLE EOT 1/2/4 answers as the simulator gives them, into the printer's status and the status board. */
class EscPosReceiptPrinterStatusTest {

    private final DeviceStatusBoard board = new DeviceStatusBoard();
    private TcpPrinterRig rig;
    private EscPosPrinterSimulator simulator;
    private EscPosReceiptPrinter printer;

    @BeforeEach
    void connect() throws Exception {
        rig = TcpPrinterRig.start(board::publish);
        simulator = rig.simulator();
        printer = rig.printer();
    }

    @AfterEach
    void disconnect() throws Exception {
        rig.close();
        board.close();
    }

    @Test
    void paperOutRefusesTheJobThenPrintingResumesWhenPaperIsBack() throws Exception {
        try (PeriodicStatusCheck polling = PeriodicStatusCheck.start("receipt-printer", printer::checkStatus,
                board::publish, Duration.ofMillis(50))) {
            assertThat(Await.until(Duration.ofSeconds(5), () -> usable(board))).isTrue();

            simulator.setPaper(MediaState.OUT);
            assertThat(Await.until(Duration.ofSeconds(5), () -> board.status("receipt-printer")
                    .map(DeviceStatus::media).orElse(null) == MediaState.OUT)).isTrue();
            assertThat(board.status("receipt-printer").orElseThrow().state()).isEqualTo(DeviceState.USER_ERROR);
            assertThatThrownBy(() -> printer.print(EscPosReceipt.builder().line("无纸").cut().build()))
                    .isInstanceOf(IOException.class).hasMessageContaining("paper out");

            simulator.setPaper(MediaState.OK);
            assertThat(Await.until(Duration.ofSeconds(5), () -> usable(board))).isTrue();
            printer.print(EscPosReceipt.builder().line("有纸").cut().build());
        }
        assertThat(simulator.awaitReceipt(r -> true, Duration.ofSeconds(5)).orElseThrow().textLines())
                .containsExactly("有纸");
        assertThat(simulator.receipts()).hasSize(1);
    }

    @Test
    void anOfflinePrinterWithoutCauseIsRefusedAsOffline() throws Exception {
        simulator.setOffline(true);

        assertThatThrownBy(() -> printer.print(EscPosReceipt.builder().line("离线").cut().build()))
                .hasMessageContaining("printer offline");
        assertThat(board.status("receipt-printer").orElseThrow().state()).isEqualTo(DeviceState.OFFLINE);

        simulator.setOffline(false);
        assertThat(printer.checkStatus().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(board.status("receipt-printer").orElseThrow().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void anErrorIsAHardwareErrorAndWinsOverPaperState() throws Exception {
        simulator.setError(true);
        simulator.setPaper(MediaState.LOW);

        DeviceStatus status = printer.checkStatus();

        assertThat(status.state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(status.media()).isEqualTo(MediaState.LOW);
        assertThatThrownBy(() -> printer.print(EscPosReceipt.builder().line("错误").cut().build()))
                .hasMessageContaining("error");
    }

    @Test
    void rawAnswerBytesOverrideTheComputedOnes() {
        simulator.setStatusAnswer(4, RealtimeStatus.PAPER_NEAR_END);

        assertThat(printer.checkStatus().media()).isEqualTo(MediaState.LOW);
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);

        simulator.setStatusAnswer(4, (byte) 0x41); // not a status answer: the condition is unknown, printing goes on
        assertThat(printer.checkStatus().media()).isEqualTo(MediaState.UNKNOWN);

        simulator.setStatusAnswer(4, null);
        assertThat(printer.checkStatus().media()).isEqualTo(MediaState.OK);
    }

    @Test
    void aSilentPrinterStillPrintsWithUnknownMedia() throws Exception {
        simulator.setStatusSilent(true);

        printer.print(EscPosReceipt.builder().line("无状态").cut().build());

        assertThat(printer.status().media()).isEqualTo(MediaState.UNKNOWN);
        assertThat(simulator.awaitReceipt(r -> true, Duration.ofSeconds(5))).isPresent();
    }

    private static boolean usable(DeviceStatusBoard board) {
        return board.status("receipt-printer").map(DeviceStatus::usable).orElse(false);
    }
}
