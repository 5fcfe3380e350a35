package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Writing a text block (as the simulator does) and parsing it are inverses; the check character is a real check. */
class TextBlockProperties {

    @Property(tries = 300)
    void writtenFieldsParseBackUnchanged(@ForAll("names") String name, @ForAll("names") String address,
            @ForAll @IntRange(min = 0, max = 40_000) int birthDay) throws Exception {
        LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(birthDay);
        byte[] block = new byte[ResidentTextField.BLOCK_LENGTH];
        ResidentTextField.NAME.write(block, name);
        ResidentTextField.SEX.write(block, "2");
        ResidentTextField.NATION.write(block, "03");
        ResidentTextField.BIRTH_DATE.write(block, birth.format(DateTimeFormatter.BASIC_ISO_DATE));
        ResidentTextField.ADDRESS.write(block, address);
        ResidentTextField.ID_NUMBER.write(block, "11010519491231002X");
        ResidentTextField.ISSUING_AUTHORITY.write(block, name);
        ResidentTextField.VALID_FROM.write(block, "20200101");
        ResidentTextField.VALID_TO.write(block, "长期");

        ResidentIdentity identity = TextBlockParser.parse(block, new byte[1024]);

        assertThat(identity.name()).isEqualTo(name);
        assertThat(identity.address()).isEqualTo(address);
        assertThat(identity.issuingAuthority()).isEqualTo(name);
        assertThat(identity.birthDate()).isEqualTo(birth);
        assertThat(identity.validTo()).isEmpty();
        assertThat(identity.cardType()).isEqualTo(CardType.RESIDENT);
    }

    @Property(tries = 500)
    void everyWrongCheckCharacterIsCaught(@ForAll @NumericChars @StringLength(17) String first17,
            @ForAll("checkCharacters") char wrong) {
        char right = IdNumbers.checkCharacter(first17);

        assertThat(IdNumbers.hasValidCheckCharacter(first17 + right)).isTrue();
        assertThat(IdNumbers.hasValidCheckCharacter(first17 + wrong)).isEqualTo(wrong == right);
    }

    @Property(tries = 300)
    void everyChangedDigitIsCaught(@ForAll @NumericChars @StringLength(17) String first17,
            @ForAll @IntRange(min = 0, max = 16) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String number = first17 + IdNumbers.checkCharacter(first17);
        char changed = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        String typo = number.substring(0, position) + changed + number.substring(position + 1);

        assertThat(IdNumbers.hasValidCheckCharacter(typo)).isFalse();
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> han = Arbitraries.chars().range('\u4E00', '\u9FA5').map(String::valueOf);
        Arbitrary<String> extB = Arbitraries.integers().between(0x20000, 0x2A6DF).map(Character::toString);
        Arbitrary<String> other = Arbitraries.of("·", "A", "z", "1", "号", "-");
        return Arbitraries.oneOf(han, han, extB, other).list().ofMinSize(1).ofMaxSize(7)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Character> checkCharacters() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }
}
