-- R-504: a unit's repairs of a kind up to a time, read from the index alone
-- (the monthly repeats and the repeat position of `repair show`).
CREATE INDEX records_unit_repair ON records(unit_id, event_at) WHERE type = 'repair' AND voided = 0;
