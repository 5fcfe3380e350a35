package cn.egovkiosk.kiosk.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.catalog.FormField.FieldType;
import cn.egovkiosk.protocol.catalog.FormField.PrefillSource;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

    private static FormField field(FieldType type, boolean required, String pattern, int maxLength) {
        return new FormField("k", "字段", "Field", type, required, pattern, maxLength, PrefillSource.NONE);
    }

    @Test
    void aRequiredFieldMustBeFilledAnOptionalOneMayStayEmpty() {
        assertThat(FieldRules.problem(field(FieldType.TEXT, true, "", 10), "  ")).contains("form.error.required");
        assertThat(FieldRules.problem(field(FieldType.TEXT, false, "[0-9]+", 10), "")).isEmpty();
    }

    @Test
    void maxLengthCountsCharactersNotBytes() {
        assertThat(FieldRules.problem(field(FieldType.TEXT, true, "", 2), "李明")).isEmpty();
        assertThat(FieldRules.problem(field(FieldType.TEXT, true, "", 2), "欧阳娜")).contains("form.error.too-long");
    }

    @Test
    void thePatternMustMatchTheWholeValueAndTheMessageSaysWhatTheTypeWants() {
        FormField phone = field(FieldType.PHONE, true, "1[3-9][0-9]{9}", 11);
        assertThat(FieldRules.problem(phone, "13912345678")).isEmpty();
        assertThat(FieldRules.problem(phone, "12912345678")).contains("form.error.format.PHONE");
        assertThat(FieldRules.problem(phone, "139123456789")).contains("form.error.too-long");
    }

    @Test
    void typesCheckWhatTheyImply() {
        assertThat(FieldRules.problem(field(FieldType.ID_NUMBER, true, "", 18), "11010519491231002X")).isEmpty();
        assertThat(FieldRules.problem(field(FieldType.ID_NUMBER, true, "", 18), "110105194912310021"))
                .contains("form.error.format.ID_NUMBER");
        assertThat(FieldRules.problem(field(FieldType.DATE, true, "", 10), "2024-02-30"))
                .contains("form.error.format.DATE");
        assertThat(FieldRules.problem(field(FieldType.DATE, true, "", 10), "2024-02-29")).isEmpty();
        assertThat(FieldRules.problem(field(FieldType.NUMBER, true, "", 5), "12a")).contains("form.error.format.NUMBER");
    }

    @Test
    void aBrokenPatternFromTheCatalogDoesNotBlockResidents() {
        assertThat(FieldRules.problem(field(FieldType.TEXT, true, "[unclosed", 10), "任何")).isEqualTo(Optional.empty());
    }
}
