package cn.egovkiosk.device.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.egovkiosk.device.idcard.ResidentTextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SimulatedCardTest {

    @Test
    void writesUtf16LittleEndianFieldsPaddedWithSpaces() {
        byte[] block = SimulatedCard.sample().textBlock();

        assertThat(block).hasSize(256);
        assertThat(Arrays.copyOfRange(block, 0, 6)).isEqualTo(new byte[] {0x20, 0x5F, 0x09, 0x4E, 0x20, 0x00});
        assertThat(Arrays.copyOfRange(block, 30, 36)).isEqualTo("101".getBytes(StandardCharsets.UTF_16LE));
        assertThat(new String(block, 36, 16, StandardCharsets.UTF_16LE)).isEqualTo("19491231");
        assertThat(new String(block, 204, 16, StandardCharsets.UTF_16LE)).isEqualTo("20300101");
        assertThat(block[248]).as("no type letter on a resident card").isZero();
    }

    @Test
    void longTermCardsSayChangqi() {
        SimulatedCard card = SimulatedCard.resident("王五", "1", "01", LocalDate.of(1960, 1, 1), "上海市", "310101196001010016",
                "上海市公安局", LocalDate.of(2015, 1, 1), null);

        assertThat(ResidentTextField.VALID_TO.read(card.textBlock())).isEqualTo("长期");
    }

    @Test
    void refusesFieldsThatDoNotFitWithoutEchoingThem() {
        assertThatThrownBy(() -> SimulatedCard.resident("名".repeat(16), "1", "01", LocalDate.of(1960, 1, 1), "上海市",
                "310101196001010016", "上海市公安局", LocalDate.of(2015, 1, 1), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NAME")
                .hasMessageNotContaining("名名");
    }

    @Test
    void rawBlocksMustHaveCardSizes() {
        assertThatThrownBy(() -> SimulatedCard.fromTextBlock(new byte[255], new byte[1024]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatedCard.fromTextBlock(new byte[256], new byte[1023]))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] block = new byte[256];
        SimulatedCard card = SimulatedCard.fromTextBlock(block, new byte[1024]);
        block[0] = 1;
        assertThat(card.textBlock()[0]).as("copied, not shared").isZero();
    }

    @Test
    void toStringHidesTheHolder() {
        assertThat(SimulatedCard.sample().toString()).doesNotContain("张三", "1101");
    }

    @Test
    void photoStandInHasTheCardPhotoSize() {
        assertThat(SimulatedCard.sample().photo()).hasSize(1024);
    }
}
