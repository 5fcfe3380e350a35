package cn.egovkiosk.admin.statistics;

/**
 * Applications counted for one key of a {@link Dimension}.
 *
 * @param key     item code, department code, terminal id or day ({@code yyyy-MM-dd})
 * @param label   the Chinese name where there is one, else the key
 * @param labelEn the English name, may be empty
 */
public record ApplicationCount(String key, String label, String labelEn, long applications) {

    /** The label in the wanted language, falling back to Chinese. */
    public String label(boolean english) {
        return english && !labelEn.isBlank() ? labelEn : label;
    }
}
