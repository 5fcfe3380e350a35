package cn.egovkiosk.protocol.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void namesKeepTheirFirstCharacter() {
        assertThat(PersonalDataMask.name("张三")).isEqualTo("张*");
        assertThat(PersonalDataMask.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalDataMask.name(" 李 ")).isEqualTo("李*");
    }

    @Test
    void aSupplementaryCharacterCountsAsOneCharacter() {
        assertThat(PersonalDataMask.name("𠮷田")).isEqualTo("𠮷*");
        assertThat(PersonalDataMask.name("王𠮷")).isEqualTo("王*");
    }

    @Test
    void documentNumbersKeepFourCharactersAtEachEnd() {
        assertThat(PersonalDataMask.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(PersonalDataMask.idNumber("H12345678")).isEqualTo("H123*5678");
        assertThat(PersonalDataMask.idNumber("12345678")).isEqualTo("********");
    }

    @Test
    void missingValuesBecomeEmpty() {
        assertThat(PersonalDataMask.name(null)).isEmpty();
        assertThat(PersonalDataMask.idNumber("  ")).isEmpty();
    }
}
