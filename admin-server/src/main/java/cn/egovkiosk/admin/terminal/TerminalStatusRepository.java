package cn.egovkiosk.admin.terminal;

import cn.egovkiosk.protocol.ProtocolJson;
import cn.egovkiosk.protocol.heartbeat.DeviceStatusReport;
import cn.egovkiosk.protocol.heartbeat.Heartbeat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last heartbeat of each terminal. */
@Repository
class TerminalStatusRepository {

    private static final RowMapper<TerminalStatus> ROW = (rs, row) -> new TerminalStatus(rs.getString("terminal_id"),
            Instant.parse(rs.getString("last_seen_at")), rs.getString("software_version"),
            rs.getString("catalog_content_hash"), rs.getInt("outbox_depth"),
            List.of(ProtocolJson.mapper().readValue(rs.getString("devices_json"), DeviceStatusReport[].class)));

    private final JdbcClient jdbc;

    TerminalStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String terminalId, Heartbeat heartbeat, Instant receivedAt) {
        jdbc.sql("""
                INSERT INTO terminal_status (terminal_id, last_seen_at, software_version, catalog_content_hash,
                                             outbox_depth, devices_json, terminal_sent_at)
                VALUES (:id, :seen, :version, :hash, :depth, :devices, :sent)
                ON CONFLICT (terminal_id) DO UPDATE SET
                    last_seen_at = excluded.last_seen_at, software_version = excluded.software_version,
                    catalog_content_hash = excluded.catalog_content_hash, outbox_depth = excluded.outbox_depth,
                    devices_json = excluded.devices_json, terminal_sent_at = excluded.terminal_sent_at""")
                .param("id", terminalId)
                .param("seen", receivedAt.toString())
                .param("version", heartbeat.softwareVersion() == null ? "" : heartbeat.softwareVersion())
                .param("hash", heartbeat.catalogContentHash())
                .param("depth", heartbeat.outboxDepth())
                .param("devices", ProtocolJson.mapper().writeValueAsString(heartbeat.devices()))
                .param("sent", heartbeat.sentAt() == null ? null : heartbeat.sentAt().toString())
                .update();
    }

    Optional<TerminalStatus> find(String terminalId) {
        return jdbc.sql("SELECT * FROM terminal_status WHERE terminal_id = ?").param(terminalId).query(ROW).optional();
    }

    Map<String, TerminalStatus> all() {
        return jdbc.sql("SELECT * FROM terminal_status").query(ROW).list().stream()
                .collect(Collectors.toMap(TerminalStatus::terminalId, Function.identity()));
    }

    /** A terminal's last report as stored. */
    record TerminalStatus(String terminalId, Instant lastSeen, String softwareVersion, String catalogContentHash,
            int outboxDepth, List<DeviceStatusReport> devices) {
    }
}
