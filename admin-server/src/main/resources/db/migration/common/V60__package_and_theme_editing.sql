-- Packages and themes edited in the admin UI (issue 5 point 7): an English name for both, which kiosks show in
-- English mode, and an order of the life events. Existing rows keep an empty English name and order 0 (then by code).
ALTER TABLE item_package ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE theme ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE theme ADD COLUMN display_order INTEGER NOT NULL DEFAULT 0;
