package cn.egovkiosk.admin.catalog.model;

/**
 * One field of a form schema.
 *
 * @param key       the field's name in a submission's form map (plain ASCII)
 * @param label     the label shown at the kiosk (zh-CN)
 * @param type      what kind of value it takes
 * @param required  whether it must be filled
 * @param pattern   a regular expression the value must match, empty for none
 * @param maxLength the longest value accepted
 * @param prefill   where the kiosk takes the value from ("一次采集、数据共享"), {@link PrefillSource#NONE} for typed
 */
public record FormField(String key, String label, FieldType type, boolean required, String pattern, int maxLength,
        PrefillSource prefill) {

    public FormField {
        pattern = pattern == null ? "" : pattern;
    }

    /** Kinds of field value. */
    public enum FieldType {
        TEXT, NUMBER, DATE, PHONE, ID_NUMBER, ADDRESS, BANK_ACCOUNT
    }

    /** Where a field is filled from before the resident sees it. */
    public enum PrefillSource {
        NONE, ID_CARD_NAME, ID_CARD_NUMBER, ID_CARD_ADDRESS, ID_CARD_BIRTH_DATE
    }
}
