-- R-002: `report due` counts what is overdue from two indexes alone (quality.md:
-- a read command on a large estate answers in about start-up time).
DROP INDEX deadlines_open;
CREATE INDEX deadlines_open ON deadlines(due_at, opens_at, record_id, done_at, cancelled) WHERE done_at IS NULL AND cancelled = 0;
CREATE INDEX records_state ON records(id, voided, status);

-- R-305: rectifications of a site that later passed acceptance were left open;
-- they are settled at acceptance now. Older ones are closed as done at the acceptance.
UPDATE deadlines SET done_at = (SELECT v.accepted_at FROM renovations v WHERE v.record_id = deadlines.record_id)
 WHERE step LIKE 'rectify-%' AND done_at IS NULL AND cancelled = 0
   AND record_id IN (SELECT record_id FROM renovations WHERE accepted_at IS NOT NULL);
