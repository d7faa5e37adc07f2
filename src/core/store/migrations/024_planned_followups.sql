-- 024: planned follow-ups, meetings, archive hand-overs (R-803, R-805).
-- A planned follow-up (R-803: each officer, every occupied household of their building areas,
-- once a quarter; the director's 1–2 yearly visits) is an HF record with no source record of its
-- own: its `followups` row names itself as source, and this row says which plan made it.
CREATE TABLE followup_plans (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  quarter       TEXT NOT NULL,                       -- YYYYQn
  kind          TEXT NOT NULL CHECK (kind IN ('household','director')),
  officer       TEXT NOT NULL,                       -- the roster member who makes it
  area          TEXT,                                -- the building area (household kind)
  planned_date  TEXT NOT NULL                        -- local YYYY-MM-DD, a working day
);
CREATE INDEX followup_plans_quarter ON followup_plans(quarter, kind);
CREATE UNIQUE INDEX followup_plans_household ON followup_plans(quarter, officer, record_id);

-- The quarterly building representatives' meeting 楼长会 (R-803), record type `meeting` (HY).
-- Its action items are deadlines of the meeting record (steps action-1, action-2, …).
CREATE TABLE meetings (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  held_on       TEXT NOT NULL,                       -- local YYYY-MM-DD
  attendees     TEXT NOT NULL,                       -- JSON array of names
  minutes       TEXT NOT NULL,
  actions       TEXT NOT NULL                        -- JSON array of {text, owner, due}
);
CREATE INDEX meetings_held ON meetings(held_on);

-- R-805: a quarter's records handed to the archivist 档案员 (due the 10th of the next quarter).
-- Open while no row is here (derived on read by `report due`); a row is the fact that closed it:
-- `report archive --quarter Q --out FILE` once the quarter is over.
CREATE TABLE archive_handovers (
  quarter       TEXT PRIMARY KEY,                    -- YYYYQn
  due_at        TEXT NOT NULL,
  done_at       TEXT NOT NULL,
  file          TEXT NOT NULL,
  clerk         TEXT NOT NULL
);
