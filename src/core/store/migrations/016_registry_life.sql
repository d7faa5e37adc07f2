-- 013: the registry over time (R-104, R-105).
-- * A resident leaving a unit is ended on a date, never deleted (R-105): the link
--   gets its own id and an end; one open link per unit and resident.
CREATE TABLE unit_residents_new (
  id          INTEGER PRIMARY KEY,
  unit_id     INTEGER NOT NULL REFERENCES units(id),
  resident_id INTEGER NOT NULL REFERENCES residents(id),
  role        TEXT NOT NULL CHECK (role IN ('owner','co-owner','tenant','company','agent')),
  since       TEXT NOT NULL,
  until       TEXT,                                  -- R-105: ended on (null while current)
  end_note    TEXT
);
INSERT INTO unit_residents_new(unit_id, resident_id, role, since) SELECT unit_id, resident_id, role, since FROM unit_residents;
DROP TABLE unit_residents;
ALTER TABLE unit_residents_new RENAME TO unit_residents;
CREATE UNIQUE INDEX unit_residents_current ON unit_residents(unit_id, resident_id) WHERE until IS NULL;
CREATE INDEX unit_residents_resident ON unit_residents(resident_id);
-- * Every status change is an event (R-104): which one (move-in, move-out, status …) and, when set directly, why.
ALTER TABLE unit_history ADD COLUMN event TEXT;
ALTER TABLE unit_history ADD COLUMN reason TEXT;
ALTER TABLE unit_history ADD COLUMN data TEXT;                          -- JSON: who moved in, readings …
