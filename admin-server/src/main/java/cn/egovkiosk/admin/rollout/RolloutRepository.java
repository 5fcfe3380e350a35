package cn.egovkiosk.admin.rollout;

import cn.egovkiosk.admin.rollout.StagedRollout.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rollouts as stored. Every change is conditional on the state (and stage) it starts from, so two server instances
 * checking the same rollout cannot both move it.
 */
@Repository
class RolloutRepository {

    private final JdbcClient jdbc;

    RolloutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StagedRollout r) {
        jdbc.sql("""
                INSERT INTO catalog_rollout (id, version, group_codes, stage, state, failure_threshold,
                    adoption_deadline_ms, stage_started_at_ms, created_at_ms, created_by, release_ids, pause_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.version(), String.join(",", r.groupCodes()), r.stage(), r.state().name(),
                        r.failureThreshold(), r.adoptionDeadline().toMillis(), r.stageStartedAt().toEpochMilli(),
                        r.createdAt().toEpochMilli(), r.createdBy(), String.join(",", r.releaseIds()),
                        r.pauseReason())
                .update();
    }

    Optional<StagedRollout> find(String id) {
        return jdbc.sql("SELECT * FROM catalog_rollout WHERE id = ?").param(id).query((rs, row) -> rollout(rs))
                .optional();
    }

    /** Newest first. */
    List<StagedRollout> all() {
        return jdbc.sql("SELECT * FROM catalog_rollout ORDER BY created_at_ms DESC, id")
                .query((rs, row) -> rollout(rs)).list();
    }

    List<StagedRollout> running() {
        return jdbc.sql("SELECT * FROM catalog_rollout WHERE state = 'RUNNING' ORDER BY created_at_ms, id")
                .query((rs, row) -> rollout(rs)).list();
    }

    boolean groupExists(String code) {
        return jdbc.sql("SELECT count(*) FROM terminal_group WHERE code = ?").param(code).query(Long.class)
                .single() > 0;
    }

    /** Records the releases made so far; false when another instance moved the rollout meanwhile. */
    boolean releases(StagedRollout from, List<String> releaseIds) {
        return jdbc.sql("UPDATE catalog_rollout SET release_ids = ? WHERE id = ? AND stage = ? AND state = ?")
                .params(String.join(",", releaseIds), from.id(), from.stage(), from.state().name()).update() == 1;
    }

    /** Moves the rollout from the stage and state it was read in. */
    boolean move(StagedRollout from, int stage, State state, Instant stageStartedAt, String pauseReason) {
        return jdbc.sql("""
                UPDATE catalog_rollout SET stage = ?, state = ?, stage_started_at_ms = ?, pause_reason = ?
                WHERE id = ? AND stage = ? AND state = ?""")
                .params(stage, state.name(), stageStartedAt.toEpochMilli(), pauseReason, from.id(), from.stage(),
                        from.state().name())
                .update() == 1;
    }

    private static StagedRollout rollout(ResultSet rs) throws SQLException {
        return new StagedRollout(rs.getString("id"), rs.getLong("version"), list(rs.getString("group_codes")),
                rs.getInt("stage"), State.valueOf(rs.getString("state")), rs.getInt("failure_threshold"),
                Duration.ofMillis(rs.getLong("adoption_deadline_ms")),
                Instant.ofEpochMilli(rs.getLong("stage_started_at_ms")),
                Instant.ofEpochMilli(rs.getLong("created_at_ms")), rs.getString("created_by"),
                list(rs.getString("release_ids")), rs.getString("pause_reason"));
    }

    private static List<String> list(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
