package cn.egovkiosk.admin.catalog;

import cn.egovkiosk.admin.catalog.ReleaseTarget.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Releases of catalog versions to targets; a release is never deleted, a rollback only marks it. */
@Repository
class CatalogReleaseRepository {

    private final JdbcClient jdbc;

    CatalogReleaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CatalogRelease release) {
        jdbc.sql("""
                INSERT INTO catalog_release (id, version, target_kind, target_value, released_at_ms, released_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(release.id(), release.version(), release.target().kind().name(), release.target().value(),
                        release.releasedAt().toEpochMilli(), release.releasedBy())
                .update();
    }

    /** Newest first. */
    List<CatalogRelease> all() {
        return jdbc.sql("SELECT * FROM catalog_release ORDER BY released_at_ms DESC, id DESC")
                .query((rs, row) -> release(rs)).list();
    }

    boolean rollBack(String id, Instant at) {
        return jdbc.sql("UPDATE catalog_release SET rolled_back_at_ms = ? WHERE id = ? AND rolled_back_at_ms IS NULL")
                .params(at.toEpochMilli(), id).update() == 1;
    }

    private static CatalogRelease release(ResultSet rs) throws SQLException {
        long rolledBackMs = rs.getLong("rolled_back_at_ms");
        Instant rolledBack = rs.wasNull() ? null : Instant.ofEpochMilli(rolledBackMs);
        return new CatalogRelease(rs.getString("id"), rs.getLong("version"),
                new ReleaseTarget(Kind.valueOf(rs.getString("target_kind")), rs.getString("target_value")),
                Instant.ofEpochMilli(rs.getLong("released_at_ms")), rs.getString("released_by"),
                rolledBack);
    }
}
