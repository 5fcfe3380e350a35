package cn.egovkiosk.admin.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applications per item, department, terminal and day. The day is the one in the tracking number (ZW + yyyyMMdd in
 * {@code admin.time-zone}), so days are local and the range filter needs no time-zone arithmetic in SQL.
 */
@Repository
public class ApplicationStatistics {

    private static final String FROM = """
            FROM submission s LEFT JOIN catalog_item i ON i.code = s.item_code
                 LEFT JOIN department d ON d.code = i.department_code
            WHERE substr(s.tracking_number, 3, 8) BETWEEN ? AND ?
            """;

    private final JdbcClient jdbc;

    ApplicationStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts between {@code from} and {@code to} (both included), largest first; days in date order. */
    public List<ApplicationCount> count(Dimension by, LocalDate from, LocalDate to) {
        String sql = switch (by) {
            case ITEM -> "SELECT s.item_code AS k, MAX(i.name) AS label, MAX(i.name_en) AS label_en, COUNT(*) AS c "
                    + FROM + " GROUP BY s.item_code ORDER BY c DESC, k";
            case DEPARTMENT -> "SELECT COALESCE(i.department_code, '') AS k, MAX(d.name) AS label,"
                    + " MAX(d.name_en) AS label_en, COUNT(*) AS c " + FROM
                    + " GROUP BY COALESCE(i.department_code, '') ORDER BY c DESC, k";
            case TERMINAL -> "SELECT s.terminal_id AS k, s.terminal_id AS label, '' AS label_en, COUNT(*) AS c "
                    + FROM + " GROUP BY s.terminal_id ORDER BY c DESC, k";
            case DAY -> "SELECT substr(s.tracking_number, 3, 8) AS k, '' AS label, '' AS label_en, COUNT(*) AS c "
                    + FROM + " GROUP BY substr(s.tracking_number, 3, 8) ORDER BY k";
        };
        String basic = DateTimeFormatter.BASIC_ISO_DATE.format(from);
        String basicTo = DateTimeFormatter.BASIC_ISO_DATE.format(to);
        return jdbc.sql(sql).params(basic, basicTo).query((rs, n) -> {
            String key = rs.getString("k");
            if (by == Dimension.DAY) {
                key = LocalDate.parse(key, DateTimeFormatter.BASIC_ISO_DATE).toString();
            }
            String label = rs.getString("label");
            String labelEn = rs.getString("label_en");
            return new ApplicationCount(key, label == null || label.isBlank() ? key : label,
                    labelEn == null ? "" : labelEn, rs.getLong("c"));
        }).list();
    }
}
