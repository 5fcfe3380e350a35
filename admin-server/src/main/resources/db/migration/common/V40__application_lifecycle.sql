-- Life cycle of applications (issue 6): every status change with who, when and the note the resident sees.
-- Times are epoch milliseconds, so that they order the same on both databases. Applications stored before this
-- version have no rows; their history starts with the RECEIVED step read from the submission itself.
CREATE TABLE application_history (
    id              TEXT PRIMARY KEY,
    tracking_number TEXT NOT NULL REFERENCES submission (tracking_number),
    status          TEXT NOT NULL,
    at_ms           BIGINT NOT NULL,
    actor           TEXT NOT NULL,      -- terminal:<id>, rules, department:<code> or an admin user name
    note            TEXT NOT NULL DEFAULT ''
);

CREATE INDEX application_history_tracking ON application_history (tracking_number, at_ms);

-- Durable queue of applications to send to a department's system: a row stays until the department answered 2xx,
-- so a restart loses nothing. lease_until_ms keeps two instances (or two runs) from sending the same row at once.
CREATE TABLE connector_delivery (
    tracking_number TEXT PRIMARY KEY REFERENCES submission (tracking_number),
    department_code TEXT NOT NULL,
    created_at_ms   BIGINT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms BIGINT NOT NULL,
    delivered_at_ms BIGINT,
    last_error      TEXT
);

CREATE INDEX connector_delivery_due ON connector_delivery (delivered_at_ms, next_attempt_ms);

-- Status callbacks already applied, by the department's callback id: a replayed callback changes nothing.
CREATE TABLE connector_callback (
    department_code TEXT NOT NULL,
    callback_id     TEXT NOT NULL,
    received_at_ms  BIGINT NOT NULL,
    PRIMARY KEY (department_code, callback_id)
);
