-- 003: what several workflows share: links between records (a checkin defect's
-- repair order, a repair's follow-up, a reception-log entry's complaint), the
-- repair order (R-500…R-506; created by checkin, visit log and repair) and the
-- follow-up (R-800…R-802; scheduled by complaints, repairs, checkin defects).

CREATE TABLE record_links (
  record_id   INTEGER NOT NULL REFERENCES records(id),  -- the source, e.g. the checkin
  linked_id   INTEGER NOT NULL REFERENCES records(id),  -- what it led to, e.g. the repair
  rel         TEXT NOT NULL,                             -- 'defect', 'followup', 'created', …
  PRIMARY KEY (record_id, linked_id)
);
CREATE INDEX record_links_linked ON record_links(linked_id);

CREATE TABLE repairs (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  source        TEXT NOT NULL DEFAULT 'desk',            -- desk | checkin-defect | visit | patrol
  kind          TEXT NOT NULL DEFAULT 'other',
  urgency       TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal','urgent','emergency')),
  size          TEXT NOT NULL DEFAULT 'small' CHECK (size IN ('small','large')),  -- R-502 same day / 7 days
  public_place  TEXT,                                    -- 公共部位, NULL for a unit
  location      TEXT,
  reporter      TEXT,
  phone         TEXT,
  description   TEXT NOT NULL,
  tech          TEXT,
  materials     TEXT,
  amount_fen    INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
  paid          INTEGER NOT NULL DEFAULT 0,
  receipt_no    TEXT,
  agreed_at     TEXT,                                    -- an agreed later time (R-502, R-503 36 h)
  completed_at  TEXT,
  comment       TEXT
);
CREATE INDEX repairs_kind ON repairs(kind);

CREATE TABLE followups (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  source_id     INTEGER NOT NULL REFERENCES records(id),
  reason        TEXT NOT NULL,                           -- which rule scheduled it, e.g. R-405
  method        TEXT CHECK (method IS NULL OR method IN ('phone','visit')),
  satisfaction  TEXT CHECK (satisfaction IS NULL OR satisfaction IN ('satisfied','basic','unsatisfied')),
  note          TEXT,
  done_at       TEXT
);
CREATE INDEX followups_source ON followups(source_id);
CREATE INDEX followups_done ON followups(done_at);
