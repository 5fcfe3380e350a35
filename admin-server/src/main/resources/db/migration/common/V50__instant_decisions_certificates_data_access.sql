-- 秒批 decisions, signed certificates and the data-sharing access log (issue 6). Plain types, one script for SQLite
-- and PostgreSQL; instants are ISO-8601 text as elsewhere.

-- The public keys certificates were signed with; every server instance registers its own.
CREATE TABLE signing_key (
    key_id     TEXT PRIMARY KEY,     -- first 16 hex digits of the SHA-256 of the public key
    algorithm  TEXT NOT NULL,        -- Ed25519
    public_key TEXT NOT NULL,        -- Base64 of the X.509 SubjectPublicKeyInfo
    created_at TEXT NOT NULL
);

-- The 秒批 decision returned with an application's acknowledgement (InstantDecision as JSON).
CREATE TABLE instant_decision (
    tracking_number TEXT PRIMARY KEY REFERENCES submission (tracking_number),
    outcome         TEXT NOT NULL,
    decision_json   TEXT NOT NULL,
    decided_at      TEXT NOT NULL
);

-- Certificates exactly as issued: the signed bytes (Base64) and the Ed25519 signature.
CREATE TABLE issued_certificate (
    verification_code TEXT PRIMARY KEY,
    tracking_number   TEXT NOT NULL REFERENCES submission (tracking_number),
    position          INTEGER NOT NULL,
    template          TEXT NOT NULL,
    key_id            TEXT NOT NULL REFERENCES signing_key (key_id),
    signed_content    TEXT NOT NULL,
    signature         TEXT NOT NULL,
    verify_url        TEXT NOT NULL,
    issued_at         TEXT NOT NULL,
    UNIQUE (tracking_number, position)
);

-- Every access to shared data, refused ones included, with the consent it rested on. The submission is named by
-- its idempotency key (the access happens before the application is stored); the resident is not named here.
CREATE TABLE data_access (
    access_id          TEXT PRIMARY KEY,
    idempotency_key    TEXT NOT NULL,
    terminal_id        TEXT NOT NULL,
    item_code          TEXT NOT NULL,
    source             TEXT NOT NULL,
    purpose            TEXT NOT NULL,
    consented          INTEGER NOT NULL,
    consent_purpose    TEXT NOT NULL,
    consent_granted_at TEXT,
    result             TEXT NOT NULL,   -- FOUND, NO_RECORD, NOT_CONSENTED, UNAVAILABLE
    accessed_at        TEXT NOT NULL
);

CREATE INDEX data_access_submission ON data_access (idempotency_key);
CREATE INDEX data_access_time ON data_access (accessed_at);
