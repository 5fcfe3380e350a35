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
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last heartbeat of each terminal. Heartbeats are written behind ({@link HeartbeatWriteBehind}): acknowledged at
 * once, written in batches within {@code admin.terminal-api.heartbeat-flush-interval}. Reading here first writes
 * what waits, so this instance's fleet board never shows less than was acknowledged; another instance sees a
 * heartbeat within the flush interval. Stops after the web server (a lower phase) and writes what still waits.
 */
@Repository
class TerminalStatusRepository implements SmartLifecycle {

    private static final RowMapper<TerminalStatus> ROW = (rs, row) -> new TerminalStatus(rs.getString("terminal_id"),
            Instant.parse(rs.getString("last_seen_at")), rs.getString("software_version"),
            rs.getString("catalog_content_hash"), rs.getInt("outbox_depth"),
            List.of(ProtocolJson.mapper().readValue(rs.getString("devices_json"), DeviceStatusReport[].class)),
            rs.getString("catalog_failure"));
    private static final String UPSERT = """
            INSERT INTO terminal_status (terminal_id, last_seen_at, software_version, catalog_content_hash,
                                         outbox_depth, devices_json, terminal_sent_at, catalog_failure)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (terminal_id) DO UPDATE SET
                last_seen_at = excluded.last_seen_at, software_version = excluded.software_version,
                catalog_content_hash = excluded.catalog_content_hash, outbox_depth = excluded.outbox_depth,
                devices_json = excluded.devices_json, terminal_sent_at = excluded.terminal_sent_at,
                catalog_failure = excluded.catalog_failure""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transaction;
    private final HeartbeatWriteBehind<Received> writeBehind;

    TerminalStatusRepository(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transaction,
            TerminalApiProperties properties) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transaction = transaction;
        this.writeBehind = new HeartbeatWriteBehind<>(this::write, properties.heartbeatFlushInterval(),
                properties.heartbeatBatchSize(), properties.heartbeatMaxPending(), properties.heartbeatQueueWait());
    }

    /**
     * Takes the heartbeat in; it is stored within the flush interval.
     *
     * @throws HeartbeatWriteBehind.Full when too many heartbeats wait for the database
     */
    void record(String terminalId, Heartbeat heartbeat, Instant receivedAt) throws HeartbeatWriteBehind.Full {
        writeBehind.offer(terminalId, new Received(terminalId, heartbeat, receivedAt));
    }

    Optional<TerminalStatus> find(String terminalId) {
        writeBehind.flush();
        return jdbc.sql("SELECT * FROM terminal_status WHERE terminal_id = ?").param(terminalId).query(ROW).optional();
    }

    Map<String, TerminalStatus> all() {
        writeBehind.flush();
        return jdbc.sql("SELECT * FROM terminal_status").query(ROW).list().stream()
                .collect(Collectors.toMap(TerminalStatus::terminalId, Function.identity()));
    }

    private void write(List<Received> batch) {
        List<Object[]> rows = batch.stream().map(Received::row).toList();
        transaction.executeWithoutResult(status -> batches.batchUpdate(UPSERT, rows));
    }

    @Override
    public void start() {
        writeBehind.start();
    }

    @Override
    public void stop() {
        writeBehind.stop();
    }

    @Override
    public boolean isRunning() {
        return writeBehind.isRunning();
    }

    @Override
    public int getPhase() {
        // stopped after the web server (DEFAULT_PHASE - 2048): no heartbeat can be acknowledged after the last write
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** A heartbeat as received, waiting to be written. */
    private record Received(String terminalId, Heartbeat heartbeat, Instant receivedAt) {

        Object[] row() {
            return new Object[] {terminalId, receivedAt.toString(),
                    heartbeat.softwareVersion() == null ? "" : heartbeat.softwareVersion(),
                    heartbeat.catalogContentHash(), heartbeat.outboxDepth(),
                    ProtocolJson.mapper().writeValueAsString(heartbeat.devices()),
                    heartbeat.sentAt() == null ? null : heartbeat.sentAt().toString(), heartbeat.catalogFailure()};
        }
    }

    /**
     * A terminal's last report as stored.
     *
     * @param catalogFailure why it could not apply the newest catalog it fetched ("&lt;content hash&gt;: &lt;reason&gt;"),
     *                       empty when it applied it
     */
    record TerminalStatus(String terminalId, Instant lastSeen, String softwareVersion, String catalogContentHash,
            int outboxDepth, List<DeviceStatusReport> devices, String catalogFailure) {

        TerminalStatus {
            catalogFailure = catalogFailure == null ? "" : catalogFailure;
        }

        /** Whether the terminal reports that it could not apply the catalog with this content hash. */
        boolean failedToApply(String contentHash) {
            return !contentHash.isEmpty() && !contentHash.equals(catalogContentHash)
                    && (catalogFailure.equals(contentHash) || catalogFailure.startsWith(contentHash + ":"));
        }
    }
}
