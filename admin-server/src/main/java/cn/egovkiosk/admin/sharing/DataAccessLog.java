package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every access to shared data, refused ones included, with the consent it rested on (PIPL: consent for a stated
 * purpose, recorded per access). A row names the submission by its idempotency key, never the resident: the
 * submission row says who it was, to those allowed to read it.
 */
@Repository
public class DataAccessLog {

    private final JdbcClient jdbc;

    DataAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(DataAccess access) {
        jdbc.sql("""
                INSERT INTO data_access (access_id, idempotency_key, terminal_id, item_code, source, purpose,
                    consented, consent_purpose, consent_granted_at, result, accessed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), access.idempotencyKey().toString(), access.terminalId(),
                        access.itemCode(), access.source().name(), access.purpose(), access.consented() ? 1 : 0,
                        access.consentPurpose(),
                        access.consentGrantedAt() == null ? null : access.consentGrantedAt().toString(),
                        access.result().name(), access.accessedAt().toString())
                .update();
    }

    /** The accesses made for one submission, oldest first. */
    public List<DataAccess> forSubmission(UUID idempotencyKey) {
        return jdbc.sql("SELECT * FROM data_access WHERE idempotency_key = ? ORDER BY accessed_at, source")
                .param(idempotencyKey.toString())
                .query((rs, row) -> new DataAccess(UUID.fromString(rs.getString("idempotency_key")),
                        rs.getString("terminal_id"), rs.getString("item_code"),
                        DataSource.valueOf(rs.getString("source")), rs.getString("purpose"),
                        rs.getInt("consented") == 1, rs.getString("consent_purpose"),
                        rs.getString("consent_granted_at") == null ? null
                                : Instant.parse(rs.getString("consent_granted_at")),
                        SharedLookup.Result.valueOf(rs.getString("result")),
                        Instant.parse(rs.getString("accessed_at"))))
                .list();
    }

    /**
     * One access.
     *
     * @param purpose          the server's stated purpose
     * @param consented        whether the resident's consent named the source
     * @param consentPurpose   the purpose the resident was shown
     * @param consentGrantedAt when the resident agreed, null without consent
     */
    public record DataAccess(UUID idempotencyKey, String terminalId, String itemCode, DataSource source,
            String purpose, boolean consented, String consentPurpose, Instant consentGrantedAt,
            SharedLookup.Result result, Instant accessedAt) {
    }
}
