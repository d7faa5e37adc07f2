-- 014: owners' satisfaction surveys 业主意见调查 (R-1200, seed 000 第11–12條) and their returns.

CREATE TABLE surveys (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  title         TEXT NOT NULL,
  year          INTEGER NOT NULL,
  closed_at     TEXT
);
CREATE INDEX surveys_year ON surveys(year);

-- One return per unit and survey: a score 1–5 per area answered, and a comment.
CREATE TABLE survey_returns (
  id            INTEGER PRIMARY KEY,
  survey_id     INTEGER NOT NULL REFERENCES records(id),
  unit_id       INTEGER NOT NULL REFERENCES units(id),
  at            TEXT NOT NULL,
  clerk         TEXT NOT NULL,
  scores        TEXT NOT NULL,                 -- JSON {area: 1..5}
  comment       TEXT,
  UNIQUE (survey_id, unit_id)
);
CREATE INDEX survey_returns_at ON survey_returns(at);
