package cn.egovkiosk.protocol.catalog;

/**
 * One field of the form a kiosk generates for an item or a 一件事 package.
 *
 * @param key       the field's name in {@code Submission.form} (plain ASCII)
 * @param label     the label (zh-CN)
 * @param labelEn   the label in English, empty when the server has none (the kiosk then shows {@code label})
 * @param type      what kind of value it takes; picks the on-screen keyboard
 * @param required  whether it must be filled
 * @param pattern   a Java regular expression the whole value must match, empty for none
 * @param maxLength the longest value accepted
 * @param prefill   where the kiosk takes the value from for the whole session, {@link PrefillSource#NONE} if typed
 */
public record FormField(String key, String label, String labelEn, FieldType type, boolean required, String pattern,
        int maxLength, PrefillSource prefill) {

    public FormField {
        labelEn = labelEn == null ? "" : labelEn;
        type = type == null ? FieldType.TEXT : type;
        pattern = pattern == null ? "" : pattern;
        prefill = prefill == null ? PrefillSource.NONE : prefill;
    }

    /** Kinds of field value. */
    public enum FieldType {
        TEXT, NUMBER, DATE, PHONE, ID_NUMBER, ADDRESS, BANK_ACCOUNT
    }

    /** Where a field is filled from before the resident sees it ("一次采集、多次复用"). */
    public enum PrefillSource {
        NONE, ID_CARD_NAME, ID_CARD_NUMBER, ID_CARD_ADDRESS, ID_CARD_BIRTH_DATE
    }
}
