-- 027 (1): a public or written notice reaches its whole audience as posted (R-1000, R-1001;
-- seed 001 §四: 公示 posted on the boards, 书面 in every mailbox): its completion rate is
-- audience / audience and nobody is still to be reached, so it keeps the audience's size
-- (residents, units) instead of one notice_targets row per resident. Only phone notices,
-- reached call by call, keep per-resident targets (who is still to be called).
-- The units list (JSON) is kept where it is used: written notices (a slip per mailbox)
-- and phone notices; a public notice keeps the count.
ALTER TABLE notices ADD COLUMN audience_size INTEGER;  -- public/written, posted: residents of the audience at posting
ALTER TABLE notices ADD COLUMN unit_count INTEGER;     -- posted: units of the audience with residents at posting
UPDATE notices SET audience_size = (SELECT COUNT(*) FROM notice_targets t WHERE t.record_id = notices.record_id)
 WHERE kind <> 'phone' AND posted_at IS NOT NULL;
UPDATE notices SET unit_count = json_array_length(units) WHERE units IS NOT NULL;
UPDATE notices SET units = NULL WHERE kind = 'public';
DELETE FROM notice_targets WHERE record_id IN (SELECT record_id FROM notices WHERE kind <> 'phone' AND posted_at IS NOT NULL);

-- Every read of a record (R-002: its next deadline and whether that is provisional, R-0A1)
-- takes the earliest open duty deadline of the record: from this covering partial index,
-- not by visiting all its deadlines (a renovation has two inspection slots a day, R-304).
CREATE INDEX deadlines_record_open ON deadlines(record_id, due_at, step, provisional) WHERE done_at IS NULL AND cancelled = 0;
