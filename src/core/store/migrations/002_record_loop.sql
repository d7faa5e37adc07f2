-- 002: the core loop (architecture.md): records, events, deadlines, ledger,
-- audit (hash-chained), sequences (R-000), unit status history (R-103).

-- The envelope every record type shares; per-type detail tables key on record_id.
CREATE TABLE records (
  id          INTEGER PRIMARY KEY,
  no          TEXT NOT NULL UNIQUE,                  -- R-000, e.g. TS-2026-0042
  type        TEXT NOT NULL,
  status      TEXT NOT NULL,
  unit_id     INTEGER REFERENCES units(id),
  event_at    TEXT NOT NULL,                         -- when it happened (R-005)
  created_at  TEXT NOT NULL,                         -- when it was typed in
  updated_at  TEXT NOT NULL,
  voided      INTEGER NOT NULL DEFAULT 0,
  void_reason TEXT
);
CREATE INDEX records_type_status ON records(type, status);
CREATE INDEX records_type_event ON records(type, event_at);
CREATE INDEX records_unit ON records(unit_id, type);

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES records(id),
  kind        TEXT NOT NULL,
  event_at    TEXT NOT NULL,
  entered_at  TEXT NOT NULL,
  clerk       TEXT NOT NULL,
  data        TEXT NOT NULL DEFAULT '{}'             -- JSON
);
CREATE INDEX events_record ON events(record_id, id);
CREATE INDEX events_kind_at ON events(kind, event_at);

-- Every R-… deadline of every workflow (R-002). overdue/late are derived.
CREATE TABLE deadlines (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES records(id),
  step        TEXT NOT NULL,                         -- e.g. 'feedback', 'handle'
  rule        TEXT NOT NULL,                         -- e.g. 'R-402'
  opens_at    TEXT,
  due_at      TEXT NOT NULL,
  done_at     TEXT,
  cancelled   INTEGER NOT NULL DEFAULT 0,
  UNIQUE (record_id, step)
);
CREATE INDEX deadlines_open ON deadlines(due_at) WHERE done_at IS NULL AND cancelled = 0;
CREATE INDEX deadlines_due ON deadlines(due_at);

-- R-003: money in integer fen; balances are sums.
CREATE TABLE ledger (
  id          INTEGER PRIMARY KEY,
  record_id   INTEGER NOT NULL REFERENCES records(id),
  item        TEXT NOT NULL,
  direction   TEXT NOT NULL CHECK (direction IN ('received','refunded','deducted')),
  amount_fen  INTEGER NOT NULL CHECK (amount_fen >= 0),
  at          TEXT NOT NULL,
  receipt_no  TEXT,
  clerk       TEXT NOT NULL,
  entered_at  TEXT NOT NULL
);
CREATE INDEX ledger_record ON ledger(record_id);
CREATE INDEX ledger_at ON ledger(at);

-- R-001: every change, hash-chained so edits outside the program are detected.
CREATE TABLE audit (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,                         -- event time (R-005)
  entered_at  TEXT NOT NULL,                         -- when it was typed in
  clerk       TEXT NOT NULL,
  subject     TEXT NOT NULL,                         -- record no, unit:CODE, resident:ID, profile, …
  action      TEXT NOT NULL,
  field       TEXT,
  old         TEXT,
  new         TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
);
CREATE INDEX audit_subject ON audit(subject, id);

CREATE TABLE sequences (                              -- R-000
  prefix      TEXT NOT NULL,
  year        INTEGER NOT NULL,
  last        INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
);

-- R-103: every status change of a unit, for the house-status table.
CREATE TABLE unit_history (
  id          INTEGER PRIMARY KEY,
  unit_id     INTEGER NOT NULL REFERENCES units(id),
  at          TEXT NOT NULL,
  old_status  TEXT,
  new_status  TEXT NOT NULL,
  record_id   INTEGER REFERENCES records(id),
  clerk       TEXT NOT NULL
);
CREATE INDEX unit_history_at ON unit_history(at);
CREATE INDEX unit_history_unit ON unit_history(unit_id, at);

