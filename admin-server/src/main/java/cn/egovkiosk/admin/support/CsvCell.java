package cn.egovkiosk.admin.support;

/**
 * One cell of the admin server's CSV exports (RFC 4180). A value starting with = + - @ gets an apostrophe first, so a
 * name or purpose typed by someone can't become a formula in the auditor's spreadsheet (CSV injection).
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
