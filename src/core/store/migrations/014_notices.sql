-- 014: notices 通知 (R-1000, R-1001): one row per TZ notice; its audience resolved
-- to residents at posting (notice_targets); each phone call logged (notice_calls);
-- a number found dead flagged on the resident until the phone is corrected (dead_phones).
CREATE TABLE notices (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  kind          TEXT NOT NULL CHECK (kind IN ('public','written','phone')),
  title         TEXT NOT NULL,
  body          TEXT NOT NULL,
  audience      TEXT NOT NULL,                  -- 'estate' | 'building:A,B' | 'units:A-1-101,A-1-102'
  urgent        INTEGER NOT NULL DEFAULT 0,
  event_date    TEXT,                           -- written: the date of what it announces (delivered a day ahead)
  expires_at    TEXT,                           -- --expires, else set at posting (profile notice.keepDays)
  approved_by   TEXT,
  approved_at   TEXT,
  posted_at     TEXT,
  units         TEXT,                           -- JSON [unit code] of the audience with residents, at posting (a written slip each)
  expired_at    TEXT
);
CREATE INDEX notices_posted ON notices(posted_at);

CREATE TABLE notice_targets (
  record_id     INTEGER NOT NULL REFERENCES records(id),
  resident_id   INTEGER NOT NULL REFERENCES residents(id),
  unit_id       INTEGER NOT NULL REFERENCES units(id),
  outcome       TEXT CHECK (outcome IS NULL OR outcome IN ('reached','no-answer','dead-number')),
  attempts      INTEGER NOT NULL DEFAULT 0,
  last_at       TEXT,
  reached_at    TEXT,
  PRIMARY KEY (record_id, resident_id)
);

CREATE TABLE notice_calls (
  id            INTEGER PRIMARY KEY,
  record_id     INTEGER NOT NULL REFERENCES records(id),
  resident_id   INTEGER NOT NULL REFERENCES residents(id),
  phone         TEXT,
  outcome       TEXT NOT NULL CHECK (outcome IN ('reached','no-answer','dead-number')),
  at            TEXT NOT NULL,
  clerk         TEXT NOT NULL,
  note          TEXT
);
CREATE INDEX notice_calls_record ON notice_calls(record_id);

CREATE TABLE dead_phones (
  resident_id   INTEGER NOT NULL REFERENCES residents(id),
  phone         TEXT NOT NULL,
  record_id     INTEGER REFERENCES records(id),  -- the notice whose call found it dead
  at            TEXT NOT NULL,
  PRIMARY KEY (resident_id, phone)
);
