-- 027: a public or written notice reaches its whole audience as posted (R-1000, R-1001;
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
