-- The basic elements of the implementation list (实施清单), materials, form schemas, themes and 一件事 packages.
-- Plain types only, so that one script serves SQLite and PostgreSQL; booleans are 0/1 integers, sets are
-- comma-separated enum names as in V1.
ALTER TABLE department ADD COLUMN credit_code TEXT NOT NULL DEFAULT '';

ALTER TABLE catalog_item ADD COLUMN item_type TEXT NOT NULL DEFAULT 'PUBLIC_SERVICE';
ALTER TABLE catalog_item ADD COLUMN case_type TEXT NOT NULL DEFAULT 'IMMEDIATE';
ALTER TABLE catalog_item ADD COLUMN legal_limit_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE catalog_item ADD COLUMN promised_limit_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE catalog_item ADD COLUMN acceptance_conditions TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_item ADD COLUMN process TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_item ADD COLUMN fee_charged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE catalog_item ADD COLUMN fee_standard TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_item ADD COLUMN place_address TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_item ADD COLUMN place_hours TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_item ADD COLUMN served_parties TEXT NOT NULL DEFAULT 'NATURAL_PERSON';
ALTER TABLE catalog_item ADD COLUMN kiosk_available INTEGER NOT NULL DEFAULT 1;

CREATE TABLE item_material (
    item_code      TEXT NOT NULL REFERENCES catalog_item (code) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    form           TEXT NOT NULL,
    copies         INTEGER NOT NULL,
    source         TEXT NOT NULL,
    sharing_exempt INTEGER NOT NULL,
    required       INTEGER NOT NULL,
    PRIMARY KEY (item_code, position)
);

-- schema_code is an item's or a package's code
CREATE TABLE form_field (
    schema_code TEXT NOT NULL,
    position    INTEGER NOT NULL,
    field_key   TEXT NOT NULL,
    label       TEXT NOT NULL,
    field_type  TEXT NOT NULL,
    required    INTEGER NOT NULL,
    pattern     TEXT NOT NULL DEFAULT '',
    max_length  INTEGER NOT NULL,
    prefill     TEXT NOT NULL,
    PRIMARY KEY (schema_code, position),
    UNIQUE (schema_code, field_key)
);

CREATE TABLE theme (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    audience TEXT NOT NULL
);

CREATE TABLE item_package (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    theme_code    TEXT NOT NULL REFERENCES theme (code),
    display_order INTEGER NOT NULL
);

CREATE TABLE package_item (
    package_code TEXT NOT NULL REFERENCES item_package (code) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    item_code    TEXT NOT NULL REFERENCES catalog_item (code),
    PRIMARY KEY (package_code, position)
);
