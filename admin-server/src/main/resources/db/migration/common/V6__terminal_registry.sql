-- Terminals registered by administrators, and their one-time enrollment codes. Credentials and codes are kept
-- only as SHA-256 hex of the secret; previous_credential_hash is the one a rotation replaced, valid until the new
-- one is first used. Revocation clears both. Terminals configured under admin.terminals stay outside this table.
CREATE TABLE terminal_group (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

INSERT INTO terminal_group (code, name) VALUES
    ('SM-CENTRE', '思明区政务服务中心'),
    ('SM-COMMUNITY', '思明区社区服务站'),
    ('SM-STORE', '思明区便利店服务点');

CREATE TABLE terminal (
    id                       TEXT PRIMARY KEY,
    site                     TEXT NOT NULL,
    address                  TEXT NOT NULL,
    latitude                 DOUBLE PRECISION NOT NULL,
    longitude                DOUBLE PRECISION NOT NULL,
    group_code               TEXT NOT NULL REFERENCES terminal_group (code),
    created_at               TEXT NOT NULL,
    credential_hash          TEXT UNIQUE,
    previous_credential_hash TEXT UNIQUE,
    credential_issued_at     TEXT,
    revoked_at               TEXT
);

CREATE TABLE enrollment_code (
    code_hash   TEXT PRIMARY KEY,
    terminal_id TEXT NOT NULL REFERENCES terminal (id),
    issued_at   TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);
