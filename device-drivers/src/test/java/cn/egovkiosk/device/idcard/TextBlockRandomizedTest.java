package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.device.RandomCases;
import cn.egovkiosk.device.RandomizedCases;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/** Writing a text block (as the simulator does) and parsing it are inverses; the check character is a real check. */
class TextBlockRandomizedTest {

    private static final String CHECK_CHARACTERS = "0123456789X";
    private static final String[] OTHER_NAME_PARTS = {"·", "A", "z", "1", "号", "-"};

    @RandomizedCases(baseSeed = 0x7B10_0001L, cases = 300)
    void writtenFieldsParseBackUnchanged(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        String name = name(random);
        String address = name(random);
        LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(RandomCases.between(random, 0, 40_000));
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

    @RandomizedCases(baseSeed = 0x7B10_0002L, cases = 500)
    void everyWrongCheckCharacterIsCaught(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String first17 = digits(random, 17);
        char wrong = CHECK_CHARACTERS.charAt(random.nextInt(CHECK_CHARACTERS.length()));
        char right = IdNumbers.checkCharacter(first17);

        assertThat(IdNumbers.hasValidCheckCharacter(first17 + right)).isTrue();
        assertThat(IdNumbers.hasValidCheckCharacter(first17 + wrong)).isEqualTo(wrong == right);
    }

    @RandomizedCases(baseSeed = 0x7B10_0003L, cases = 300)
    void everyChangedDigitIsCaught(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String first17 = digits(random, 17);
        int position = RandomCases.between(random, 0, 16);
        int shift = RandomCases.between(random, 1, 9);
        String number = first17 + IdNumbers.checkCharacter(first17);
        char changed = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
        String typo = number.substring(0, position) + changed + number.substring(position + 1);

        assertThat(IdNumbers.hasValidCheckCharacter(typo)).isFalse();
    }

    /** 1 to 7 parts: common Han characters (half the draws), Extension B characters, or separators and Latin. */
    private static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        for (int parts = RandomCases.between(random, 1, 7); parts > 0; parts--) {
            switch (random.nextInt(4)) {
                case 0, 1 -> name.append((char) random.nextInt('\u4E00', '\u9FA5' + 1));
                case 2 -> name.appendCodePoint(random.nextInt(0x20000, 0x2A6DF + 1));
                default -> name.append(OTHER_NAME_PARTS[random.nextInt(OTHER_NAME_PARTS.length)]);
            }
        }
        return name.toString();
    }

    private static String digits(SplittableRandom random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
