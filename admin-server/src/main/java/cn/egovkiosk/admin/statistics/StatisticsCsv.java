package cn.egovkiosk.admin.statistics;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV of counts (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese names).
 * A cell starting with = + - @ is prefixed with an apostrophe: a name must not become a formula.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static byte[] render(Dimension by, List<ApplicationCount> counts) {
        StringBuilder csv = new StringBuilder("\uFEFFdimension,key,name,name_en,applications\r\n");
        for (ApplicationCount count : counts) {
            csv.append(by.name()).append(',').append(cell(count.key())).append(',').append(cell(count.label()))
                    .append(',').append(cell(count.labelEn())).append(',').append(count.applications())
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
