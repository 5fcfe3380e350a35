-- Departments and service items as administrators edit them, and the immutable versions published to terminals.
CREATE TABLE department (
    code    TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT ''
);

CREATE TABLE catalog_item (
    code             TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    name_en          TEXT NOT NULL DEFAULT '',
    department_code  TEXT NOT NULL REFERENCES department (code),
    flags            TEXT NOT NULL DEFAULT '',   -- ItemFlag names, comma separated
    required_devices TEXT NOT NULL DEFAULT '',   -- DeviceKind names, comma separated
    display_order    INTEGER NOT NULL
);

-- snapshot_json is the CatalogSnapshot as sent, so a version never changes after publication
CREATE TABLE catalog_version (
    version       INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL,
    published_at  TEXT NOT NULL,
    snapshot_json TEXT NOT NULL
);
