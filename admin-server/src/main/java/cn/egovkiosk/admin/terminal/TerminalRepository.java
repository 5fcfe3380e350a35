package cn.egovkiosk.admin.terminal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered terminals, their credential hashes and enrollment codes. Secrets never reach this class in clear. */
@Repository
class TerminalRepository {

    private final JdbcClient jdbc;

    TerminalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewTerminal terminal, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO terminal (id, site, address, latitude, longitude, group_code, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(terminal.id(), terminal.site(), terminal.address(), terminal.latitude(), terminal.longitude(),
                        terminal.groupCode(), createdAt.toString())
                .update();
    }

    boolean groupExists(String code) {
        return jdbc.sql("SELECT count(*) FROM terminal_group WHERE code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    Optional<RegisteredTerminal> find(String id) {
        return jdbc.sql("SELECT * FROM terminal WHERE id = ?").param(id).query((rs, row) -> terminal(rs)).optional();
    }

    List<RegisteredTerminal> all() {
        return jdbc.sql("SELECT * FROM terminal ORDER BY id").query((rs, row) -> terminal(rs)).list();
    }

    /** The terminal whose current or (until replaced) previous credential has this hash. */
    Optional<CredentialMatch> findByCredentialHash(String hash) {
        // two lookups on two unique indexes: an OR across both columns may scan the table on every request
        return jdbc.sql("""
                SELECT id, site, group_code, 1 AS current_one,
                       CASE WHEN previous_credential_hash IS NULL THEN 0 ELSE 1 END AS pending
                FROM terminal WHERE credential_hash = :hash
                UNION ALL
                SELECT id, site, group_code, 0, 1 FROM terminal WHERE previous_credential_hash = :hash""")
                .param("hash", hash)
                .query((rs, row) -> new CredentialMatch(new AuthenticatedTerminal(rs.getString("id"),
                        rs.getString("site"), rs.getString("group_code")), rs.getInt("current_one") == 1,
                        rs.getInt("pending") == 1))
                .optional();
    }

    void insertEnrollmentCode(String codeHash, String terminalId, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO enrollment_code (code_hash, terminal_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(codeHash, terminalId, issuedAt.toString(), expiresAt.toString()).update();
    }

    Optional<EnrollmentCode> findEnrollmentCode(String codeHash) {
        return jdbc.sql("SELECT * FROM enrollment_code WHERE code_hash = ?").param(codeHash)
                .query((rs, row) -> new EnrollmentCode(rs.getString("terminal_id"),
                        Instant.parse(rs.getString("expires_at")), rs.getString("used_at") != null))
                .optional();
    }

    /** Marks the code used; false when someone used it first (the update is the one-time guarantee). */
    boolean useEnrollmentCode(String codeHash, Instant usedAt) {
        return jdbc.sql("UPDATE enrollment_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL")
                .params(usedAt.toString(), codeHash).update() == 1;
    }

    /** A new credential, the old one dropped (enrollment: a reinstalled kiosk starts over). */
    void setCredential(String terminalId, String credentialHash, Instant issuedAt) {
        jdbc.sql("""
                UPDATE terminal SET credential_hash = ?, previous_credential_hash = NULL, credential_issued_at = ?,
                    revoked_at = NULL WHERE id = ?""")
                .params(credentialHash, issuedAt.toString(), terminalId).update();
    }

    /** A new credential; the presented one stays valid until the new one is first used. */
    boolean rotateCredential(String terminalId, String presentedHash, String newHash, Instant issuedAt) {
        return jdbc.sql("""
                UPDATE terminal SET previous_credential_hash = credential_hash, credential_hash = ?,
                    credential_issued_at = ? WHERE id = ? AND credential_hash = ?""")
                .params(newHash, issuedAt.toString(), terminalId, presentedHash).update() == 1;
    }

    /** The new credential was used: the one it replaced stops working. */
    void forgetPreviousCredential(String terminalId) {
        jdbc.sql("UPDATE terminal SET previous_credential_hash = NULL WHERE id = ?").param(terminalId).update();
    }

    boolean revoke(String terminalId, Instant revokedAt) {
        return jdbc.sql("""
                UPDATE terminal SET credential_hash = NULL, previous_credential_hash = NULL, revoked_at = ?
                WHERE id = ?""")
                .params(revokedAt.toString(), terminalId).update() == 1;
    }

    private static RegisteredTerminal terminal(ResultSet rs) throws SQLException {
        return new RegisteredTerminal(rs.getString("id"), rs.getString("site"), rs.getString("address"),
                rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getString("group_code"),
                Instant.parse(rs.getString("created_at")), instant(rs.getString("credential_issued_at")),
                instant(rs.getString("revoked_at")));
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /**
     * @param current true when the current credential matched, false for the replaced one
     * @param pending true while a replaced credential is still accepted
     */
    record CredentialMatch(AuthenticatedTerminal terminal, boolean current, boolean pending) {
    }

    record EnrollmentCode(String terminalId, Instant expiresAt, boolean used) {
    }
}
