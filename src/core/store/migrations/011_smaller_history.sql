-- quality.md: the database of a large estate under 1 GB. Two pieces of history
-- that cost space and bought nothing:
-- * events by kind and time were only ever read for renovation decisions
--   (approvals and rejections in a month): a partial index for those kinds;
DROP INDEX events_kind_at;
CREATE INDEX events_decisions ON events(kind, event_at) WHERE kind IN ('approve', 'reject');
-- * the audit row's copy of the previous row's hash: each hash already covers the
--   previous one, so the chain is checked against the row before (R-001).
ALTER TABLE audit DROP COLUMN prev_hash;
