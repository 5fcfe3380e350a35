package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextBlockParserTest {

    private static final byte[] PHOTO = new byte[1024];

    @Test
    void readsEveryFieldOfAResidentCard() throws Exception {
        ResidentIdentity identity = TextBlockParser.parse(TextBlockFixture.sample().bytes(), PHOTO);

        SampleCard.assertIsSample(identity);
    }

    @Test
    void longTermValidityHasNoEndDate() throws Exception {
        byte[] block = TextBlockFixture.resident("张三", "11010519491231002X", "长期").bytes();

        assertThat(TextBlockParser.parse(block, PHOTO).validTo()).isEmpty();
    }

    @Test
    void keepsNamesWithSupplementaryCharacters() throws Exception {
        byte[] block = TextBlockFixture.resident("𠮷野家", "11010519491231002X", "20300101").bytes();

        ResidentIdentity identity = TextBlockParser.parse(block, PHOTO);

        assertThat(identity.name()).isEqualTo("𠮷野家");
        assertThat(identity.name().codePointCount(0, identity.name().length())).isEqualTo(3);
    }

    @Test
    void reportsAnInvalidIdNumberInsteadOfAcceptingIt() throws Exception {
        byte[] block = TextBlockFixture.resident("张三", "110105194912310021", "20300101").bytes();

        ResidentIdentity identity = TextBlockParser.parse(block, PHOTO);

        assertThat(identity.idNumber()).isEqualTo("110105194912310021");
        assertThat(identity.idNumberValid()).isFalse();
    }

    @Test
    void normalisesALowerCaseCheckX() throws Exception {
        byte[] block = TextBlockFixture.resident("张三", "11010519491231002x", "20300101").bytes();

        ResidentIdentity identity = TextBlockParser.parse(block, PHOTO);

        assertThat(identity.idNumber()).isEqualTo("11010519491231002X");
        assertThat(identity.idNumberValid()).isTrue();
    }

    @Test
    void readsTheShantouExample() throws Exception {
        byte[] block = TextBlockFixture.resident("李四", "440524188001010014", "长期").put(36, 16, "18800101").bytes();

        ResidentIdentity identity = TextBlockParser.parse(block, PHOTO);

        assertThat(identity.idNumberValid()).isTrue();
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    }

    @Test
    void anUnreadableDateIsACardReadErrorThatNamesTheFieldOnly() {
        byte[] block = TextBlockFixture.sample().put(36, 16, "19491332").bytes();

        assertThatThrownBy(() -> TextBlockParser.parse(block, PHOTO))
                .isInstanceOf(CardReadException.class)
                .hasMessageContaining("birth date")
                .hasMessageNotContaining("19491332")
                .hasMessageNotContaining("张三");
    }

    @Test
    void aHongKongMacauTaiwanPermitHasNoNation() throws Exception {
        String first17 = "81000019900101001";
        String number = first17 + IdNumbers.checkCharacter(first17);
        byte[] block = TextBlockFixture.resident("陈大文", number, "20300101").put(36, 16, "19900101")
                .put(220, 18, "H12345678").type('J').bytes();

        ResidentIdentity identity = TextBlockParser.parse(block, PHOTO);

        assertThat(identity.cardType()).isEqualTo(CardType.HMT_RESIDENCE_PERMIT);
        assertThat(identity.nationCode()).isEmpty();
        assertThat(identity.name()).isEqualTo("陈大文");
        assertThat(identity.idNumberValid()).isTrue();
    }

    @Test
    void readsA2017ForeignPermanentResidentCard() throws Exception {
        byte[] block = new TextBlockFixture().put(0, 120, "SMITH, JOHN").put(120, 2, "1").put(122, 30, "USA110075060512")
                .put(152, 6, "USA").put(158, 30, "史密斯").put(188, 16, "20170601").put(204, 16, "20270601")
                .put(220, 16, "19750605").put(236, 4, "01").put(240, 8, "1100").type('I').bytes();

        ResidentIdentity identity = TextBlockParser.parse(block, PHOTO);

        assertThat(identity.cardType()).isEqualTo(CardType.FOREIGN_PERMANENT_RESIDENT_2017);
        assertThat(identity.name()).isEqualTo("史密斯");
        assertThat(identity.englishName()).isEqualTo("SMITH, JOHN");
        assertThat(identity.idNumber()).isEqualTo("USA110075060512");
        assertThat(identity.idNumberValid()).isTrue();
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1975, 6, 5));
        assertThat(identity.validTo()).contains(LocalDate.of(2027, 6, 1));
    }

    @Test
    void readsA2023ForeignPermanentResidentCardWithALongEnglishName() throws Exception {
        String first17 = "93110084019750605";
        String number = first17 + IdNumbers.checkCharacter(first17);
        String english = "WOLFESCHLEGELSTEINHAUSENBERGER HUBE"; // exactly 35 characters, then the rest at 220
        byte[] block = new TextBlockFixture().put(0, 30, "").put(30, 2, "2").put(32, 4, "00").put(36, 16, "19750605")
                .put(52, 70, english).put(122, 36, number).put(188, 16, "20240101").put(204, 16, "20340101")
                .put(220, 22, "RT WOLFE").put(242, 6, "DEU").type('Y').bytes();

        ResidentIdentity identity = TextBlockParser.parse(block, PHOTO);

        assertThat(identity.cardType()).isEqualTo(CardType.FOREIGN_PERMANENT_RESIDENT_2023);
        assertThat(identity.englishName()).isEqualTo(english + "RT WOLFE");
        assertThat(identity.name()).isEqualTo(identity.englishName());
        assertThat(identity.idNumberValid()).isTrue();
        assertThat(identity.sexCode()).isEqualTo("2");
    }

    @Test
    void identityToStringShowsNoPersonalData() throws Exception {
        ResidentIdentity identity = TextBlockParser.parse(TextBlockFixture.sample().bytes(), PHOTO);

        assertThat(identity.toString()).doesNotContain("张三", "1101", "北京");
    }

    @Test
    void refusesABlockOfTheWrongSize() {
        assertThatThrownBy(() -> TextBlockParser.parse(new byte[255], PHOTO)).isInstanceOf(CardReadException.class);
    }
}
