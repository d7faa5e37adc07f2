-- 013: patrols 巡查 (R-1100 vacant and unsold units, R-1101 public-area rounds).
-- A patrol record (XC) is one planned item: a unit's patrol of the month, or one
-- public-area round (a working day's morning or afternoon over the profile's places).

CREATE TABLE patrols (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  kind          TEXT NOT NULL CHECK (kind IN ('unit','round')),
  month         TEXT NOT NULL,                 -- YYYY-MM it belongs to
  planned_date  TEXT,                          -- the working day it is planned on (local date)
  half          TEXT CHECK (half IS NULL OR half IN ('am','pm')),
  places        TEXT,                          -- round: JSON list of the public places to check
  planned       INTEGER NOT NULL DEFAULT 1     -- 0: recorded without a plan
);
CREATE INDEX patrols_month ON patrols(month, kind);
CREATE INDEX patrols_day ON patrols(planned_date, half);

-- What was found: one row per unit patrolled or per place of a round.
CREATE TABLE patrol_checks (
  id            INTEGER PRIMARY KEY,
  record_id     INTEGER NOT NULL REFERENCES records(id),
  place         TEXT,                          -- round: the public place; unit: NULL
  at            TEXT NOT NULL,
  clerk         TEXT NOT NULL,                 -- the patrol log is signed (R-1100)
  result        TEXT NOT NULL CHECK (result IN ('ok','finding')),
  failed        TEXT,                          -- JSON list of the checks that failed
  finding       TEXT,
  repair_id     INTEGER REFERENCES records(id),-- the repair order the finding became
  resolved_at   TEXT,                          -- a finding without a repair order, resolved
  resolution    TEXT
);
CREATE INDEX patrol_checks_record ON patrol_checks(record_id);
CREATE INDEX patrol_checks_at ON patrol_checks(at);
