-- Device configuration: settings of a site group (defaults) or of one terminal (on top), each stamped with the
-- revision of the change that wrote it; and the audit log of administrative writes (who, what, when, before,
-- after). Times are epoch milliseconds.
CREATE TABLE config_revision (
    revision      BIGINT PRIMARY KEY,
    changed_at_ms BIGINT NOT NULL,
    changed_by    TEXT NOT NULL
);

CREATE TABLE device_setting (
    scope_kind  TEXT NOT NULL,      -- GROUP or TERMINAL
    scope_value TEXT NOT NULL,      -- group code or terminal id
    device_kind TEXT NOT NULL,
    port        TEXT NOT NULL,
    baud        INTEGER NOT NULL,
    revision    BIGINT NOT NULL REFERENCES config_revision (revision),
    PRIMARY KEY (scope_kind, scope_value, device_kind)
);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at_ms       BIGINT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);

CREATE INDEX audit_log_at ON audit_log (at_ms);

-- the usual wiring of the seeded groups' kiosks
INSERT INTO config_revision (revision, changed_at_ms, changed_by) VALUES (1, 0, 'migration');
INSERT INTO device_setting (scope_kind, scope_value, device_kind, port, baud, revision) VALUES
    ('GROUP', 'SM-CENTRE', 'ID_CARD_READER', '/dev/ttyUSB0', 115200, 1),
    ('GROUP', 'SM-CENTRE', 'RECEIPT_PRINTER', '/dev/ttyUSB1', 115200, 1),
    ('GROUP', 'SM-CENTRE', 'DOCUMENT_PRINTER', 'cups://kiosk-a4', 0, 1),
    ('GROUP', 'SM-CENTRE', 'CODE_SCANNER', '/dev/ttyACM0', 9600, 1),
    ('GROUP', 'SM-COMMUNITY', 'ID_CARD_READER', '/dev/ttyUSB0', 115200, 1),
    ('GROUP', 'SM-COMMUNITY', 'RECEIPT_PRINTER', '/dev/ttyUSB1', 115200, 1),
    ('GROUP', 'SM-STORE', 'ID_CARD_READER', '/dev/ttyUSB0', 115200, 1),
    ('GROUP', 'SM-STORE', 'RECEIPT_PRINTER', 'tcp://127.0.0.1:9100', 0, 1);
