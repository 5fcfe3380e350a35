package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

/** What the sample card (GB 11643's Beijing example, 张三) must read as, field by field. */
final class SampleCard {

    private SampleCard() {
    }

    static void assertIsSample(ResidentIdentity identity) {
        assertThat(identity.cardType()).isEqualTo(CardType.RESIDENT);
        assertThat(identity.name()).isEqualTo("张三");
        assertThat(identity.englishName()).isEmpty();
        assertThat(identity.sexCode()).isEqualTo("1");
        assertThat(identity.nationCode()).isEqualTo("01");
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(identity.address()).isEqualTo("北京市朝阳区建国路1号");
        assertThat(identity.idNumber()).isEqualTo("11010519491231002X");
        assertThat(identity.idNumberValid()).isTrue();
        assertThat(identity.issuingAuthority()).isEqualTo("北京市公安局朝阳分局");
        assertThat(identity.validFrom()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(identity.validTo()).contains(LocalDate.of(2030, 1, 1));
        assertThat(identity.photo()).hasSize(1024);
    }
}
