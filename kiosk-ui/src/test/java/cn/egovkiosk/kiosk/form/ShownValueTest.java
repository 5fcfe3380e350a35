package cn.egovkiosk.kiosk.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.catalog.FormField.FieldType;
import cn.egovkiosk.protocol.catalog.FormField.PrefillSource;
import org.junit.jupiter.api.Test;

class ShownValueTest {

    private static FormField field(FieldType type, PrefillSource prefill) {
        return new FormField("k", "字段", "", type, true, "", 50, prefill);
    }

    @Test
    void personalDataIsMaskedOtherTextShowsAsTyped() {
        assertThat(ShownValue.of(field(FieldType.TEXT, PrefillSource.ID_CARD_NAME), "张三")).isEqualTo("张*");
        assertThat(ShownValue.of(field(FieldType.ID_NUMBER, PrefillSource.ID_CARD_NUMBER), "11010519491231002X"))
                .isEqualTo("1101**********002X");
        assertThat(ShownValue.of(field(FieldType.PHONE, PrefillSource.NONE), "13912345678")).isEqualTo("139****5678");
        assertThat(ShownValue.of(field(FieldType.BANK_ACCOUNT, PrefillSource.NONE), "6222020200112233"))
                .isEqualTo("6222********2233");
        assertThat(ShownValue.of(field(FieldType.ADDRESS, PrefillSource.ID_CARD_ADDRESS), "北京市朝阳区建国路1号"))
                .isEqualTo("北京市朝阳区****");
        assertThat(ShownValue.of(field(FieldType.DATE, PrefillSource.ID_CARD_BIRTH_DATE), "1949-12-31"))
                .isEqualTo("1949-**-**");
        assertThat(ShownValue.of(field(FieldType.TEXT, PrefillSource.NONE), "李明")).isEqualTo("李明");
    }
}
