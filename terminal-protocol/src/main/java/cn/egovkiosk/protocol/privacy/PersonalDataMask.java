package cn.egovkiosk.protocol.privacy;

/**
 * How personal data appears on screens, receipts and in any text a person other than its owner may see: names keep
 * their first character ({@code 张*}), document numbers their first and last four characters
 * ({@code 1101**********002X}). Kiosk and server mask the same way.
 */
public final class PersonalDataMask {

    private static final int KEEP = 4;

    private PersonalDataMask() {
    }

    /** {@code 张三} becomes {@code 张*}, {@code 欧阳娜娜} becomes {@code 欧***}; code points, so {@code 𠮷} counts as one. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        int count = trimmed.codePointCount(0, trimmed.length());
        int firstEnd = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, firstEnd) + "*".repeat(Math.max(1, count - 1));
    }

    /** Keeps the first and last four characters of a document number; short numbers are masked whole. */
    public static String idNumber(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String trimmed = number.strip();
        if (trimmed.length() <= 2 * KEEP) {
            return "*".repeat(trimmed.length());
        }
        return trimmed.substring(0, KEEP) + "*".repeat(trimmed.length() - 2 * KEEP)
                + trimmed.substring(trimmed.length() - KEEP);
    }
}
