-- R-0A2: a year's State Council notice imported by the desk (`calendar import`),
-- one row per year (a later import of the same year replaces it; the audit log keeps
-- who imported what, and when). Days are JSON arrays of {"date":"YYYY-MM-DD","name":…}.
CREATE TABLE calendar_years (
  year        INTEGER PRIMARY KEY,
  holidays    TEXT NOT NULL,
  workdays    TEXT NOT NULL,
  file        TEXT NOT NULL,                         -- the imported file's name
  format      TEXT NOT NULL,                         -- 'ics' | 'json'
  imported_by TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
-- R-0A2: a computed deadline keeps what it was computed from, so a calendar change
-- can recompute it from its rule and event time; R-0A1: the provisional days it
-- assumed (JSON array; NULL when it rests on official days only).
ALTER TABLE deadlines ADD COLUMN from_at TEXT;
ALTER TABLE deadlines ADD COLUMN provisional TEXT;
