-- Which published version goes to which terminals. The most specific target wins (one terminal, then its group,
-- then all terminals), the latest release within a kind; a rolled-back release no longer counts. Times are epoch
-- milliseconds, so that they order the same on both databases.
CREATE TABLE catalog_release (
    id                TEXT PRIMARY KEY,
    version           INTEGER NOT NULL REFERENCES catalog_version (version),
    target_kind       TEXT NOT NULL,      -- ALL, GROUP or TERMINAL
    target_value      TEXT NOT NULL,      -- group code or terminal id, empty for ALL
    released_at_ms    BIGINT NOT NULL,
    released_by       TEXT NOT NULL,
    rolled_back_at_ms BIGINT
);

-- a server that published before releases existed sent its latest version to all terminals
INSERT INTO catalog_release (id, version, target_kind, target_value, released_at_ms, released_by)
SELECT 'initial', version, 'ALL', '', 0, 'migration' FROM catalog_version
WHERE version = (SELECT max(version) FROM catalog_version);
