package cn.egovkiosk.device.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same examples as terminal-protocol's PersonalDataMask. */
class MaskingTest {

    @Test
    void namesKeepTheirFirstCharacterCountingCodePoints() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("𠮷野家")).isEqualTo("𠮷**");
        assertThat(Masking.name("李")).isEqualTo("李*");
        assertThat(Masking.name(" ")).isEmpty();
    }

    @Test
    void idNumbersKeepTheirFirstAndLastFour() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Masking.idNumber("810000199408230021")).isEqualTo("8100**********0021");
        assertThat(Masking.idNumber("12345678")).isEqualTo("********");
        assertThat(Masking.idNumber(null)).isEmpty();
    }
}
