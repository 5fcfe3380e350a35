package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.protocol.certificate.IssuedCertificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issued certificates exactly as handed out: the Base64 of the signed bytes and the signature, so a replay returns
 * them unchanged and the verification page checks what was issued.
 */
@Repository
public class IssuedCertificates {

    private static final RowMapper<IssuedCertificate> ISSUED = (rs, row) -> new IssuedCertificate(
            rs.getString("verification_code"), rs.getString("template"), rs.getString("key_id"),
            rs.getString("signed_content"), rs.getString("signature"), rs.getString("verify_url"));

    private final JdbcClient jdbc;

    IssuedCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the certificates of an application; call inside the transaction that stores the application. */
    public void save(String trackingNumber, List<IssuedCertificate> certificates, Instant issuedAt) {
        for (int i = 0; i < certificates.size(); i++) {
            IssuedCertificate c = certificates.get(i);
            jdbc.sql("""
                    INSERT INTO issued_certificate (verification_code, tracking_number, position, template, key_id,
                        signed_content, signature, verify_url, issued_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.verificationCode(), trackingNumber, i, c.template(), c.keyId(), c.signedContent(),
                            c.signature(), c.verifyUrl(), issuedAt.toString())
                    .update();
        }
    }

    /** The certificates of an application, in issue order. */
    public List<IssuedCertificate> forApplication(String trackingNumber) {
        return jdbc.sql("SELECT * FROM issued_certificate WHERE tracking_number = ? ORDER BY position")
                .param(trackingNumber).query(ISSUED).list();
    }

    Optional<IssuedCertificate> find(String verificationCode) {
        return jdbc.sql("SELECT * FROM issued_certificate WHERE verification_code = ?").param(verificationCode)
                .query(ISSUED).optional();
    }
}
