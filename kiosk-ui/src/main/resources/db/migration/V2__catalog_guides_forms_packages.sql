-- guides, forms, data sources and certificate templates travel with the catalog (protocol session 2): each item keeps
-- its whole JSON beside the columns the home screen filters on; 一件事 packages and life-event themes are cached too
ALTER TABLE catalog_item ADD COLUMN item_json TEXT NOT NULL DEFAULT '';

CREATE TABLE catalog_package (
    position      INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    package_json  TEXT NOT NULL
);

CREATE TABLE catalog_theme (
    position    INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    theme_json  TEXT NOT NULL
);
