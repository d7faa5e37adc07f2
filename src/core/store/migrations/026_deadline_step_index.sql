-- 026 (issue 23): indexes that pay for themselves on a large estate.
-- R-404: the complaint-handling timeliness of a month (and of the report's 12-month trend) reads
-- only the `handle` deadlines due in the window, from the index alone, instead of every deadline
-- due in it (~220k rows over a year of a large estate). Partial: only queries that name the step
-- and `cancelled = 0` can use it, so no other deadline query changes its plan.
CREATE INDEX deadlines_handle ON deadlines(due_at, done_at, record_id) WHERE step = 'handle' AND cancelled = 0;
-- The open deadlines (`report due`, the overdue count after each command at a terminal) test the
-- step (R-403's escalation is not a duty): with the step in the partial index the count reads the
-- index alone, not each deadline's row.
DROP INDEX deadlines_open;
CREATE INDEX deadlines_open ON deadlines(due_at, opens_at, record_id, done_at, cancelled, step) WHERE done_at IS NULL AND cancelled = 0;
