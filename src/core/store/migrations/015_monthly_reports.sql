-- R-103 / R-407 (issue 22 step 5): a month's house-status table (due by the profile's
-- reports.houseStatusDueDay of the month after) and complaint summary (reports.complaintSummaryDueDay)
-- are deadlines keyed to the month, not to a record. They are open while no row is here;
-- a row is the fact that closed one: the month's report produced to a file after the month ended.
-- due_at is the computed due time when it was produced (late = done_at > due_at).
CREATE TABLE monthly_reports (
  month       TEXT NOT NULL,                         -- YYYY-MM the report covers
  report      TEXT NOT NULL CHECK (report IN ('houseStatus','complaintSummary')),
  rule        TEXT NOT NULL,                         -- 'R-103' | 'R-407'
  due_at      TEXT NOT NULL,
  done_at     TEXT NOT NULL,
  command     TEXT NOT NULL,                         -- 'report monthly' | 'report units'
  file        TEXT NOT NULL,                         -- the first file written
  clerk       TEXT NOT NULL,
  PRIMARY KEY (month, report)
);
