-- 028 (issue 23): reads that cost what their answer holds, not what the history holds.
-- R-0A1: `report due` counts the open deadlines that rest on provisional calendar days; this
-- partial index holds only those (a few), so the count no longer walks every open deadline
-- (they pile up over the years on a large estate).
CREATE INDEX deadlines_provisional_open ON deadlines(record_id) WHERE provisional IS NOT NULL AND done_at IS NULL AND cancelled = 0;
-- R-201/R-202 in the monthly report: the check-in defects whose repair was reported in the month
-- are found from that month's repairs, not by reading every defect ever recorded.
CREATE INDEX checkin_defects_repair ON checkin_defects(repair_id);
