-- 006: repair detail beyond 003 (R-500…R-506): help requests (R-505), the
-- quote and the owner's consent (R-501), whether a follow-up was sampled (R-801).
ALTER TABLE repairs ADD COLUMN help TEXT CHECK (help IS NULL OR help IN ('first-aid','security','flood','fire','other'));
ALTER TABLE repairs ADD COLUMN quote_fen INTEGER CHECK (quote_fen IS NULL OR quote_fen >= 0);
ALTER TABLE repairs ADD COLUMN consent_at TEXT;
ALTER TABLE repairs ADD COLUMN reported_at TEXT;
ALTER TABLE repairs ADD COLUMN signed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX repairs_completed ON repairs(completed_at);
CREATE INDEX repairs_tech ON repairs(tech);
