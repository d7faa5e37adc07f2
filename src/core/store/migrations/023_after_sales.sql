-- 023: after-sales entries of the reception log become a 物业返修联系单 (R-410): passed to the developer's
-- after-sales (the `handoff` deadline: the next working morning, 10:00), then a second acceptance 二次验收.
CREATE TABLE after_sales (
  record_id     INTEGER PRIMARY KEY REFERENCES records(id),
  handed_at     TEXT,
  handed_to     TEXT,
  reaccepted_at TEXT,
  result        TEXT CHECK (result IS NULL OR result IN ('pass','fail')),
  fails         INTEGER NOT NULL DEFAULT 0
);
