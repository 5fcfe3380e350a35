package cn.egovkiosk.admin.certificate;

import cn.egovkiosk.protocol.certificate.SigningKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public keys certificates were ever signed with. Each server instance keeps its private key in its own data
 * folder and registers the public half here, so every instance can verify what any of them signed.
 */
@Repository
class SigningKeyRepository {

    private static final RowMapper<SigningKey> KEY = (rs, row) -> new SigningKey(rs.getString("key_id"),
            rs.getString("algorithm"), rs.getString("public_key"));

    private final JdbcClient jdbc;

    SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void register(SigningKey key, Instant now) {
        jdbc.sql("""
                INSERT INTO signing_key (key_id, algorithm, public_key, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (key_id) DO NOTHING""")
                .params(key.keyId(), key.algorithm(), key.publicKey(), now.toString()).update();
    }

    List<SigningKey> all() {
        return jdbc.sql("SELECT * FROM signing_key ORDER BY created_at, key_id").query(KEY).list();
    }

    Optional<SigningKey> find(String keyId) {
        return jdbc.sql("SELECT * FROM signing_key WHERE key_id = ?").param(keyId).query(KEY).optional();
    }
}
