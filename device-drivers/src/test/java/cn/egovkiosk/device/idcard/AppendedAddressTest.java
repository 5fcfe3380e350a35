package cn.egovkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code 30 03} answer: up to four 70-byte UTF-16LE entries, the last non-empty one applies. */
class AppendedAddressTest {

    @Test
    void oneEntryAsOneSdkReadsIt() {
        assertThat(AppendedAddress.latest(entries("福建省厦门市思明区湖滨南路1号"))).isEqualTo("福建省厦门市思明区湖滨南路1号");
    }

    @Test
    void theLastNonEmptyOfFourEntriesIsTheCurrentAddress() {
        byte[] data = entries("北京市海淀区中关村大街27号", "上海市浦东新区世纪大道100号", "", "");

        assertThat(data).hasSize(280);
        assertThat(AppendedAddress.latest(data)).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(AppendedAddress.latest(entries("", "", "", ""))).isEmpty();
    }

    @Test
    void aFullLengthEntryAndCharactersOutsideTheBmpSurvive() {
        String full = "𠮷".repeat(17) + "号"; // 35 UTF-16 units, the whole entry

        assertThat(AppendedAddress.latest(entries("旧址", full))).isEqualTo(full);
    }

    @Test
    void onlyAnswersShapedLikeEntriesPassForAnAppendedAddress() {
        assertThat(AppendedAddress.isPlausible(70)).isTrue();
        assertThat(AppendedAddress.isPlausible(280)).isTrue();
        assertThat(AppendedAddress.isPlausible(8)).as("a select answer").isFalse();
        assertThat(AppendedAddress.isPlausible(16)).as("a SAM id").isFalse();
        assertThat(AppendedAddress.isPlausible(1284)).as("a card read").isFalse();
        assertThat(SamCommand.APPENDED_ADDRESS.isPlausibleAnswer(SamResponse.of(SamStatus.NO_CONTENT, new byte[0])))
                .isTrue();
    }

    @Test
    void theIdentityKeepsItsOldConstructorAndPicksTheCurrentAddress() {
        ResidentIdentity base = new ResidentIdentity(CardType.RESIDENT, "张三", "", "1", "01", null, "北京市朝阳区建国路1号",
                "11010519491231002X", true, "", null, Optional.empty(), new byte[0]);

        assertThat(base.appendedAddress()).isEmpty();
        assertThat(base.currentAddress()).isEqualTo("北京市朝阳区建国路1号");
        assertThat(base.withAppendedAddress("上海市浦东新区世纪大道100号").currentAddress()).isEqualTo("上海市浦东新区世纪大道100号");
        assertThat(base.withAppendedAddress("上海市浦东新区世纪大道100号").address()).isEqualTo("北京市朝阳区建国路1号");
    }

    private static byte[] entries(String... addresses) {
        byte[] data = new byte[addresses.length * 70];
        for (int i = 0; i < addresses.length; i++) {
            ResidentTextField.writeText(data, i * 70, 70, addresses[i], "entry");
        }
        return data;
    }
}
