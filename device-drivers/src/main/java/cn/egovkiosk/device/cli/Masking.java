package cn.egovkiosk.device.cli;

/**
 * Masks personal data in CLI output the way terminal-protocol's {@code PersonalDataMask} does on screens and
 * receipts (device-drivers does not depend on that module): names keep their first character, document numbers
 * their first and last four.
 */
final class Masking {

    private static final int KEEP = 4;

    private Masking() {
    }

    /** {@code 张三} becomes {@code 张*}, {@code 欧阳娜娜} {@code 欧***}; code points, so {@code 𠮷} is one. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        int count = trimmed.codePointCount(0, trimmed.length());
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "*".repeat(Math.max(1, count - 1));
    }

    /** {@code 11010519491231002X} becomes {@code 1101**********002X}; numbers of eight or fewer are masked whole. */
    static String idNumber(String number) {
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
