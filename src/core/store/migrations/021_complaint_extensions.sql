-- 021: overrun approvals of a complaint's handling deadline (R-408). The old deadline is kept here:
-- the on-time rate still counts it as missed; the deadline row carries the new one for `report due`.
CREATE TABLE complaint_extensions (
  id            INTEGER PRIMARY KEY,
  record_id     INTEGER NOT NULL REFERENCES records(id),
  old_due       TEXT NOT NULL,
  new_due       TEXT NOT NULL,
  approved_by   TEXT NOT NULL,
  role          TEXT NOT NULL,
  reason        TEXT NOT NULL,
  at            TEXT NOT NULL,
  clerk         TEXT NOT NULL,
  entered_at    TEXT NOT NULL
);
CREATE INDEX complaint_extensions_record ON complaint_extensions(record_id);
CREATE INDEX complaint_extensions_at ON complaint_extensions(at);
