-- Why a terminal could not apply the newest catalog version it fetched, as its heartbeat reports it
-- ("<content hash>: <reason>", no personal data); empty when it applied it. Staged rollouts count a terminal whose
-- failure names the stage's version as failed without waiting for the adoption deadline.
ALTER TABLE terminal_status ADD COLUMN catalog_failure TEXT NOT NULL DEFAULT '';
