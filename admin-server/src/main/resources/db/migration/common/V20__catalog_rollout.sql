-- Staged rollouts of a catalog version over site groups in order. The current stage's group gets a release of the
-- version; the next stage starts when the stage's terminals report running it, or when its adoption deadline has
-- passed and the share of terminals that did not adopt is within the failure threshold; beyond it the rollout
-- pauses. Times are epoch milliseconds.
CREATE TABLE catalog_rollout (
    id                   TEXT PRIMARY KEY,
    version              INTEGER NOT NULL REFERENCES catalog_version (version),
    group_codes          TEXT NOT NULL,     -- the stages' site groups in order, comma-separated
    stage                INTEGER NOT NULL,  -- index of the current stage, from 0
    state                TEXT NOT NULL,     -- RUNNING, PAUSED, COMPLETED, ABORTED
    failure_threshold    INTEGER NOT NULL,  -- percent of a stage's terminals that may fail to adopt
    adoption_deadline_ms BIGINT NOT NULL,
    stage_started_at_ms  BIGINT NOT NULL,
    created_at_ms        BIGINT NOT NULL,
    created_by           TEXT NOT NULL,
    release_ids          TEXT NOT NULL,     -- the releases it made, comma-separated (rolled back on abort)
    pause_reason         TEXT NOT NULL
);
