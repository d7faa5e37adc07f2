-- 007: renovation permits (R-300…R-308).

CREATE TABLE renovations (
  record_id        INTEGER PRIMARY KEY REFERENCES records(id),
  owner            TEXT,
  contractor       TEXT NOT NULL,
  licence          TEXT NOT NULL,               -- unified social credit code
  qualification    TEXT,
  manager_name     TEXT NOT NULL,
  manager_id       TEXT NOT NULL,
  manager_phone    TEXT NOT NULL,
  scope            TEXT NOT NULL,               -- JSON array of structure plumbing electrical facade hot-work
  gas              INTEGER NOT NULL DEFAULT 0,
  emissions        INTEGER NOT NULL DEFAULT 0,
  start_date       TEXT NOT NULL,
  end_date         TEXT NOT NULL,
  conditions       TEXT,
  reject_reason    TEXT,
  permit_no        TEXT,
  prev_unit_status TEXT,
  accepted_at      TEXT
);

CREATE TABLE renovation_docs (
  record_id  INTEGER NOT NULL REFERENCES records(id),
  doc        TEXT NOT NULL,
  at         TEXT NOT NULL,
  PRIMARY KEY (record_id, doc)
);

CREATE TABLE worker_passes (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES records(id),
  pass_no     TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- ZX-2026-0003-P02
  name        TEXT NOT NULL,
  id_number   TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('active','returned','lost')),
  issued_at   TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  fee_paid    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX worker_passes_record ON worker_passes(record_id);

CREATE TABLE renovation_inspections (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES records(id),
  at          TEXT NOT NULL,
  result      TEXT NOT NULL CHECK (result IN ('ok','violation')),
  violation   TEXT,
  deadline    TEXT,
  stop_work   INTEGER NOT NULL DEFAULT 0,
  notice_no   TEXT,
  clerk       TEXT NOT NULL
);
CREATE INDEX renovation_inspections_record ON renovation_inspections(record_id);
CREATE INDEX renovation_inspections_at ON renovation_inspections(at);

CREATE TABLE release_slips (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES records(id),
  slip_no     TEXT NOT NULL UNIQUE,
  items       TEXT NOT NULL,
  at          TEXT NOT NULL
);
