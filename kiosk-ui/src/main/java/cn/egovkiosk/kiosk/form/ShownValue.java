package cn.egovkiosk.kiosk.form;

import cn.egovkiosk.protocol.catalog.FormField;
import cn.egovkiosk.protocol.catalog.FormField.FieldType;
import cn.egovkiosk.protocol.catalog.FormField.PrefillSource;
import cn.egovkiosk.protocol.privacy.PersonalDataMask;

/**
 * A form value as a screen others may see shows it: names and document numbers as everywhere (张*, 1101****002X),
 * phone and account numbers with the middle hidden, addresses cut after the district, birth dates to the year.
 * Other typed texts show as typed, so the resident can check them.
 */
public final class ShownValue {

    private static final int ADDRESS_KEPT = 6;

    private ShownValue() {
    }

    public static String of(FormField field, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (field.prefill() == PrefillSource.ID_CARD_NAME) {
            return PersonalDataMask.name(value);
        }
        if (field.prefill() == PrefillSource.ID_CARD_NUMBER || field.type() == FieldType.ID_NUMBER
                || field.type() == FieldType.BANK_ACCOUNT) {
            return PersonalDataMask.idNumber(value);
        }
        if (field.prefill() == PrefillSource.ID_CARD_BIRTH_DATE) {
            return value.length() >= 4 ? value.substring(0, 4) + "-**-**" : "****";
        }
        if (field.type() == FieldType.PHONE) {
            return value.length() > 7 ? value.substring(0, 3) + "*".repeat(value.length() - 7)
                    + value.substring(value.length() - 4) : "*".repeat(value.length());
        }
        if (field.type() == FieldType.ADDRESS || field.prefill() == PrefillSource.ID_CARD_ADDRESS) {
            int count = value.codePointCount(0, value.length());
            return count <= ADDRESS_KEPT ? value
                    : value.substring(0, value.offsetByCodePoints(0, ADDRESS_KEPT)) + "****";
        }
        return value;
    }
}
