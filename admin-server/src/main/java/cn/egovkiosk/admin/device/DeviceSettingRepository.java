package cn.egovkiosk.admin.device;

import cn.egovkiosk.protocol.catalog.DeviceKind;
import cn.egovkiosk.protocol.config.DeviceSetting;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Device settings per scope, and the revision counter of changes. */
@Repository
class DeviceSettingRepository {

    private final JdbcClient jdbc;

    DeviceSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings of one scope with the revision that wrote each. */
    List<Stored> settings(ConfigScope scope) {
        return jdbc.sql("SELECT * FROM device_setting WHERE scope_kind = ? AND scope_value = ?")
                .params(scope.kind().name(), scope.value())
                .query((rs, row) -> new Stored(new DeviceSetting(DeviceKind.valueOf(rs.getString("device_kind")),
                        rs.getString("port"), rs.getInt("baud")), rs.getLong("revision")))
                .list();
    }

    Optional<Stored> setting(ConfigScope scope, DeviceKind kind) {
        return settings(scope).stream().filter(s -> s.setting().kind() == kind).findFirst();
    }

    long latestRevision() {
        return jdbc.sql("SELECT COALESCE(MAX(revision), 0) FROM config_revision").query(Long.class).single();
    }

    /** A new revision; call inside the transaction of the change (the primary key settles concurrent changes). */
    long newRevision(Instant at, String by) {
        long revision = latestRevision() + 1;
        jdbc.sql("INSERT INTO config_revision (revision, changed_at_ms, changed_by) VALUES (?, ?, ?)")
                .params(revision, at.toEpochMilli(), by).update();
        return revision;
    }

    void save(ConfigScope scope, DeviceSetting setting, long revision) {
        jdbc.sql("""
                INSERT INTO device_setting (scope_kind, scope_value, device_kind, port, baud, revision)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (scope_kind, scope_value, device_kind) DO UPDATE SET port = excluded.port,
                    baud = excluded.baud, revision = excluded.revision""")
                .params(scope.kind().name(), scope.value(), setting.kind().name(), setting.port(), setting.baud(),
                        revision)
                .update();
    }

    /** A setting and the revision that wrote it. */
    record Stored(DeviceSetting setting, long revision) {
    }
}
