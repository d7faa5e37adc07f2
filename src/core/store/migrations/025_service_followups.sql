-- 025: follow-ups of the reception log's service entries (R-804, seed 001 回访管理操作辦法):
-- a paid special service 特约服务 (category `service` with a contract term) is followed up at
-- mid-term and after it ends; other services within a week of being done. Each sampled at its
-- profile coverage in R-801 order (`sampled` keeps the decision; null until it is made).
CREATE TABLE service_entries (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  kind          TEXT NOT NULL CHECK (kind IN ('special','other')),
  term_from     TEXT,                                -- local YYYY-MM-DD (special)
  term_to       TEXT,
  logged_at     TEXT NOT NULL,
  closed_at     TEXT,
  sampled       INTEGER
);
CREATE INDEX service_entries_logged ON service_entries(kind, logged_at);
CREATE INDEX service_entries_closed ON service_entries(kind, closed_at);
