-- 005: complaints, suggestions, praise (R-400…R-407); visitors and the
-- reception log (R-600, R-601); shift handovers (R-602).

CREATE TABLE complaints (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  kind          TEXT NOT NULL CHECK (kind IN ('complaint','suggestion','praise')),
  channel       TEXT NOT NULL CHECK (channel IN ('visit','phone','letter','other')),
  name          TEXT NOT NULL,
  phone         TEXT,
  place         TEXT,
  about         TEXT NOT NULL,                 -- person or department complained about
  description   TEXT NOT NULL,
  request       TEXT,
  class         TEXT CHECK (class IS NULL OR class IN ('major','important','minor','invalid')),
  invalid_kind  TEXT CHECK (invalid_kind IS NULL OR invalid_kind IN ('developer','external','unreasonable')),
  reported_to   TEXT,                          -- R-402: who was told
  cause         TEXT,
  dept          TEXT,
  method        TEXT,
  promise_at    TEXT,
  result        TEXT,
  resolved_at   TEXT,
  verified_at   TEXT,
  escalated     INTEGER NOT NULL DEFAULT 0,    -- R-403
  adopted       INTEGER,                       -- suggestions: 1 adopted, 0 not
  told_at       TEXT                           -- suggestions/praise: resident told (R-407)
);
CREATE INDEX complaints_about ON complaints(about);

CREATE TABLE visits (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  entry         TEXT NOT NULL CHECK (entry IN ('visitor','log')),
  category      TEXT CHECK (category IS NULL OR category IN ('after-sales','repair','complaint','service','praise','suggestion','other')),
  name          TEXT,
  id_type       TEXT,
  id_number     TEXT,
  phone         TEXT,
  purpose       TEXT,
  description   TEXT,
  confirmed     INTEGER NOT NULL DEFAULT 0,    -- R-601: the resident confirmed the visit
  out_at        TEXT
);
CREATE INDEX visits_category ON visits(category);

CREATE TABLE shift_handovers (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  from_clerk    TEXT NOT NULL,
  to_clerk      TEXT,
  items         TEXT NOT NULL                  -- JSON: what was carried over
);

-- R-403: the one-month escalation is a deadline; this index keeps finding the due ones cheap at any history size.
CREATE INDEX deadlines_escalate ON deadlines(due_at) WHERE step = 'escalate' AND done_at IS NULL AND cancelled = 0;
