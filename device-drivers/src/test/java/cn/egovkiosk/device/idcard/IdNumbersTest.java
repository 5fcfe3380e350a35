package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Worked examples of devices.md §1.13 (GB 11643-1999, ISO 7064 MOD 11-2). */
class IdNumbersTest {

    @Test
    void acceptsTheStandardsBeijingExampleWithCheckX() {
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
    }

    @Test
    void acceptsTheShantouExampleWithCheck4() {
        assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumbers.isValid("440524188001010014")).isTrue();
    }

    @Test
    void acceptsALowerCaseX() {
        assertThat(IdNumbers.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumbers.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void rejectsAChangedCheckCharacter() {
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
    }

    @Test
    void rejectsTheBadSampleFromAnApiDocument() {
        assertThat(IdNumbers.isValid("110101197608056896")).isFalse();
        assertThat(IdNumbers.checkCharacter("11010119760805689")).isEqualTo('7');
    }

    @Test
    void rejectsAnImpossibleBirthDateEvenWithARightCheckCharacter() {
        String first17 = "11010519490230002"; // 30 February
        assertThat(IdNumbers.isValid(first17 + IdNumbers.checkCharacter(first17))).isFalse();
        String future = "11010529991231002";
        assertThat(IdNumbers.isValid(future + IdNumbers.checkCharacter(future))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002XX", "1101051949123100XX", "X10105194912310021",
        "１１０１０５１９４９１２３１００２X"})
    void rejectsMalformedNumbers(String number) {
        assertThat(IdNumbers.isValid(number)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(IdNumbers.isValid(null)).isFalse();
    }

    @Test
    void checkCharacterNeedsSeventeenDigits() {
        assertThatThrownBy(() -> IdNumbers.checkCharacter("1101051949123100")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
