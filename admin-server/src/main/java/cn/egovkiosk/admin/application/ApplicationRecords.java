package cn.egovkiosk.admin.application;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.submission.Applicant;
import cn.egovkiosk.protocol.submission.SubmissionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * Reads applications with their item and department. {@link #find(String)} returns personal data in the clear:
 * callers decide by role what leaves ({@link ApplicantAccess}); lists are masked here.
 */
@Repository
public class ApplicationRecords {

    private static final TypeReference<Map<String, String>> FORM = new TypeReference<>() {
    };
    private static final String SELECT = """
            SELECT s.tracking_number, s.item_code, s.terminal_id, s.received_at, s.status, s.applicant_card_type,
                   s.applicant_id_number, s.applicant_name, s.form_json, i.name AS item_name,
                   i.name_en AS item_name_en, d.code AS department_code, d.name AS department_name
            FROM submission s LEFT JOIN catalog_item i ON i.code = s.item_code
                 LEFT JOIN department d ON d.code = i.department_code
            """;

    private final JdbcClient jdbc;

    ApplicationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The application in the clear, if it exists. */
    public Optional<ApplicationDetail> find(String trackingNumber) {
        return jdbc.sql(SELECT + " WHERE s.tracking_number = ?").param(trackingNumber)
                .query((rs, n) -> detail(rs)).optional();
    }

    /** The department that handles the application; empty for an unknown number or an item without one. */
    public Optional<String> departmentOf(String trackingNumber) {
        return find(trackingNumber).map(ApplicationDetail::departmentCode).filter(code -> !code.isEmpty());
    }

    /**
     * The latest applications, applicants masked.
     *
     * @param department only this department's, or all when empty
     * @param status     only in this status, or all when null
     */
    public List<ApplicationDetail> latest(Optional<String> department, SubmissionStatus status, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        department.ifPresent(code -> {
            sql.append(" AND i.department_code = ?");
            params.add(code);
        });
        if (status != null) {
            sql.append(" AND s.status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY s.received_at DESC, s.tracking_number DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> detail(rs).masked()).list();
    }

    private static ApplicationDetail detail(ResultSet rs) throws SQLException {
        Applicant applicant = new Applicant(rs.getString("applicant_card_type"), rs.getString("applicant_id_number"),
                rs.getString("applicant_name"));
        Map<String, String> form = ProtocolJson.mapper().readValue(rs.getString("form_json"), FORM);
        return new ApplicationDetail(rs.getString("tracking_number"), rs.getString("item_code"),
                text(rs, "item_name"), text(rs, "item_name_en"), text(rs, "department_code"),
                text(rs, "department_name"), rs.getString("terminal_id"), Instant.parse(rs.getString("received_at")),
                SubmissionStatus.valueOf(rs.getString("status")), applicant, form, false);
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }
}
