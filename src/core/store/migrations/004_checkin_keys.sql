-- 004: unit handover (R-200…R-205) and the key cabinet (R-700…R-707).

CREATE TABLE checkins (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  owners        TEXT NOT NULL,                  -- JSON [{id, name, role, minor}] of the unit's owners at start
  absent        TEXT NOT NULL DEFAULT '[]',     -- JSON [resident id] of joint owners not present
  water         TEXT,                           -- R-201 meter readings 水电煤底数
  electricity   TEXT,
  gas           TEXT,
  door_keys     INTEGER,                        -- R-203 keys handed over
  mailbox_keys  INTEGER,
  keys_left     INTEGER NOT NULL DEFAULT 0,     -- keys left with the desk (key-custody form)
  completed_at  TEXT
);
CREATE INDEX checkins_completed ON checkins(completed_at);

CREATE TABLE checkin_items (                    -- documents checked (R-200) and forms signed (R-203)
  record_id     INTEGER NOT NULL REFERENCES records(id),
  item          TEXT NOT NULL,                  -- 'doc:owner-id:3', 'form:fire-agreement'
  missing       INTEGER NOT NULL DEFAULT 0,     -- recorded as missing (--missing)
  at            TEXT NOT NULL,
  PRIMARY KEY (record_id, item)
);

CREATE TABLE checkin_defects (                  -- R-201/R-202: each defect becomes a repair order
  id            INTEGER PRIMARY KEY,
  record_id     INTEGER NOT NULL REFERENCES records(id),
  location      TEXT NOT NULL,
  description   TEXT NOT NULL,
  large         INTEGER NOT NULL DEFAULT 0,
  repair_id     INTEGER NOT NULL REFERENCES records(id)
);
CREATE INDEX checkin_defects_record ON checkin_defects(record_id);

CREATE TABLE key_sets (                         -- R-700 the key cabinet
  id            INTEGER PRIMARY KEY,
  hook          TEXT NOT NULL UNIQUE COLLATE NOCASE,
  unit_id       INTEGER REFERENCES units(id),
  kind          TEXT NOT NULL CHECK (kind IN ('door','mailbox','other')),
  count         INTEGER NOT NULL CHECK (count >= 0),
  custody       TEXT NOT NULL CHECK (custody IN ('developer','entrusted','unsold','public')),
  status        TEXT NOT NULL CHECK (status IN ('in','out','released','lost')),
  holder        TEXT,                           -- who has it when out / released
  owner         TEXT,                           -- entrusted: the owner who left it
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX key_sets_unit ON key_sets(unit_id);

CREATE TABLE key_loans (                        -- R-702/R-703: a YS movement
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  key_set_id    INTEGER NOT NULL REFERENCES key_sets(id),
  borrower      TEXT NOT NULL,
  phone         TEXT,
  reason        TEXT NOT NULL,
  count_out     INTEGER NOT NULL,
  count_back    INTEGER,
  contractor_no TEXT,                           -- the renovation (ZX-…) for contractors
  inspection    TEXT CHECK (inspection IS NULL OR inspection IN ('pass','fail')),
  returned_at   TEXT
);
CREATE INDEX key_loans_set ON key_loans(key_set_id);

CREATE TABLE key_log (                          -- R-707: every movement
  id            INTEGER PRIMARY KEY,
  key_set_id    INTEGER NOT NULL REFERENCES key_sets(id),
  at            TEXT NOT NULL,
  action        TEXT NOT NULL,                  -- add, entrust, lend, return, release, lost, inspect
  who           TEXT,
  count         INTEGER,
  note          TEXT,
  record_id     INTEGER REFERENCES records(id),
  clerk         TEXT NOT NULL
);
CREATE INDEX key_log_set ON key_log(key_set_id, at);
CREATE INDEX key_log_at ON key_log(at);
