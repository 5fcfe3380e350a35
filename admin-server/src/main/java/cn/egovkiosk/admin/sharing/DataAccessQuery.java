package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The data access log for auditors (PIPL): which source was asked for which application, for what purpose, on what
 * consent and with what result. The log holds no resident, so neither does an answer; the tracking number leads to
 * the application, whose applicant only the roles that need it read.
 */
@Repository
public class DataAccessQuery {

    /** The largest page. */
    public static final int MAX = 1000;
    // accessed_at is Instant.toString(): bounds with fixed milliseconds compare correctly as text
    private static final DateTimeFormatter BOUND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneId.of("UTC"));
    private static final RowMapper<LoggedAccess> ROW = (rs, row) -> new LoggedAccess(
            Instant.parse(rs.getString("accessed_at")), rs.getString("tracking_number"),
            UUID.fromString(rs.getString("idempotency_key")), rs.getString("terminal_id"), rs.getString("item_code"),
            DataSource.valueOf(rs.getString("source")), rs.getString("purpose"), rs.getInt("consented") == 1,
            rs.getString("consent_purpose"), rs.getString("consent_granted_at") == null ? null
                    : Instant.parse(rs.getString("consent_granted_at")),
            SharedLookup.Result.valueOf(rs.getString("result")));

    private final JdbcClient jdbc;

    DataAccessQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the accesses matching the filter, newest first.
     *
     * @param offset how many newer ones to skip, at least 0
     * @param limit  at most this many, 1 to {@link #MAX}
     */
    public List<LoggedAccess> search(Filter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX) {
            throw new IllegalArgumentException("offset must be at least 0 and limit between 1 and " + MAX);
        }
        Where where = where(filter);
        return jdbc.sql("SELECT a.*, s.tracking_number FROM data_access a "
                        + "LEFT JOIN submission s ON s.idempotency_key = a.idempotency_key " + where.sql()
                        + " ORDER BY a.accessed_at DESC, a.access_id LIMIT " + limit + " OFFSET " + offset)
                .params(where.params()).query(ROW).list();
    }

    /** How many accesses match the filter. */
    public int count(Filter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM data_access a " + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    private static Where where(Filter filter) {
        StringBuilder sql = new StringBuilder("WHERE a.accessed_at >= ? AND a.accessed_at < ?");
        List<Object> params = new ArrayList<>(List.of(
                BOUND.format(filter.from().atStartOfDay(filter.zone())),
                BOUND.format(filter.to().plusDays(1).atStartOfDay(filter.zone()))));
        if (filter.source() != null) {
            sql.append(" AND a.source = ?");
            params.add(filter.source().name());
        }
        if (!filter.terminalId().isEmpty()) {
            sql.append(" AND a.terminal_id = ?");
            params.add(filter.terminalId());
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, List<Object> params) {
    }

    /**
     * Which accesses to list.
     *
     * @param from       first day (in {@code zone}), inclusive
     * @param to         last day, inclusive
     * @param source     null for every source
     * @param terminalId empty for every terminal
     */
    public record Filter(LocalDate from, LocalDate to, ZoneId zone, DataSource source, String terminalId) {

        public Filter {
            terminalId = terminalId == null ? "" : terminalId.strip();
        }
    }

    /**
     * One logged access.
     *
     * @param trackingNumber   the application it was made for, null when the application was not stored
     * @param purpose          the server's stated purpose
     * @param consented        whether the resident's consent named the source
     * @param consentPurpose   the purpose the resident was shown
     * @param consentGrantedAt when the resident agreed, null without consent
     */
    public record LoggedAccess(Instant accessedAt, String trackingNumber, UUID idempotencyKey, String terminalId,
            String itemCode, DataSource source, String purpose, boolean consented, String consentPurpose,
            Instant consentGrantedAt, SharedLookup.Result result) {
    }
}
