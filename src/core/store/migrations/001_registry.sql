-- 001: the registry (domain.md §1) and the estate profile overrides.

CREATE TABLE units (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- R-100
  building    TEXT,
  floor       INTEGER,
  area_centi  INTEGER,                               -- m² × 100 (exact to 2 decimals)
  status      TEXT NOT NULL CHECK (status IN ('unsold','vacant','handed-over','renovating','occupied','leased')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX units_status ON units(status);

CREATE TABLE residents (                              -- R-101
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  id_type     TEXT NOT NULL CHECK (id_type IN ('id','passport','hk-macau','taiwan','company')),
  id_number   TEXT,
  phone       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX residents_document ON residents(id_type, id_number) WHERE id_number IS NOT NULL;
CREATE INDEX residents_name ON residents(name);

CREATE TABLE unit_residents (
  unit_id     INTEGER NOT NULL REFERENCES units(id),
  resident_id INTEGER NOT NULL REFERENCES residents(id),
  role        TEXT NOT NULL CHECK (role IN ('owner','co-owner','tenant','company','agent')),
  since       TEXT NOT NULL,
  PRIMARY KEY (unit_id, resident_id)
);
CREATE INDEX unit_residents_resident ON unit_residents(resident_id);

CREATE TABLE profile (
  key         TEXT PRIMARY KEY,
  value       TEXT NOT NULL                          -- JSON
);
