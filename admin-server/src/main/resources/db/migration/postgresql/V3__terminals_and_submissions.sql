-- The last heartbeat of each terminal; devices_json is the reported List<DeviceStatusReport>.
CREATE TABLE terminal_status (
    terminal_id          TEXT PRIMARY KEY,
    last_seen_at         TEXT NOT NULL,     -- server clock, ISO-8601 instant
    software_version     TEXT NOT NULL,
    catalog_content_hash TEXT NOT NULL,
    outbox_depth         INTEGER NOT NULL,
    devices_json         TEXT NOT NULL,
    terminal_sent_at     TEXT               -- the terminal's clock, for spotting clock drift
);

-- One row per idempotency key: the unique constraints decide concurrent duplicates.
CREATE TABLE submission (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key     TEXT NOT NULL UNIQUE,
    tracking_number     TEXT NOT NULL UNIQUE,
    terminal_id         TEXT NOT NULL,
    item_code           TEXT NOT NULL REFERENCES catalog_item (code),
    fingerprint         TEXT NOT NULL,      -- SHA-256 of the canonical submission, tells a replay from a reuse
    applicant_card_type TEXT NOT NULL,
    applicant_id_number TEXT NOT NULL,
    applicant_name      TEXT NOT NULL,
    form_json           TEXT NOT NULL,
    confirmed_at        TEXT NOT NULL,
    received_at         TEXT NOT NULL,
    status              TEXT NOT NULL
);

CREATE INDEX submission_received_at ON submission (received_at);

-- Daily counters behind the tracking numbers (ZW + yyyyMMdd + 6-digit sequence + check character).
CREATE TABLE tracking_sequence (
    day        TEXT PRIMARY KEY,
    last_value INTEGER NOT NULL
);
