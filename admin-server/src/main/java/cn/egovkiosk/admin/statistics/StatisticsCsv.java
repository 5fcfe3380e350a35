package cn.egovkiosk.admin.statistics;

import cn.egovkiosk.admin.support.CsvCell;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV of counts (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese names).
 * Cells go through {@link CsvCell}: a name must not become a formula.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static byte[] render(Dimension by, List<ApplicationCount> counts) {
        StringBuilder csv = new StringBuilder("\uFEFFdimension,key,name,name_en,applications\r\n");
        for (ApplicationCount count : counts) {
            csv.append(by.name()).append(',').append(CsvCell.of(count.key())).append(',')
                    .append(CsvCell.of(count.label())).append(',').append(CsvCell.of(count.labelEn())).append(',')
                    .append(count.applications())
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
