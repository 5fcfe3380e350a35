-- catalog cache: the last catalog version received from the admin server, served while the server is unreachable
CREATE TABLE catalog_version (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    version       INTEGER NOT NULL,
    content_hash  TEXT    NOT NULL,
    etag          TEXT,
    published_at  TEXT    NOT NULL,
    synced_at     TEXT    NOT NULL
);

CREATE TABLE catalog_item (
    position          INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    name_en           TEXT NOT NULL,
    department        TEXT NOT NULL,
    department_en     TEXT NOT NULL,
    flags             TEXT NOT NULL,
    required_devices  TEXT NOT NULL
);

-- store-and-forward: one row per accepted submission until the server acknowledged it; the payload holds personal
-- data and is sealed (AES-GCM) with the key in the data folder
CREATE TABLE outbox (
    idempotency_key  TEXT    PRIMARY KEY,
    item_code        TEXT    NOT NULL,
    sealed_payload   BLOB    NOT NULL,
    accepted_at      TEXT    NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT
);

CREATE INDEX outbox_due ON outbox (next_attempt_at);

-- what the server answered, without personal data: the tracking number belongs to the receipt and progress query
CREATE TABLE submission_ack (
    idempotency_key  TEXT PRIMARY KEY,
    item_code        TEXT NOT NULL,
    tracking_number  TEXT NOT NULL,
    status           TEXT NOT NULL,
    acked_at         TEXT NOT NULL
);
