// Scheduling follow-ups 回访 (§8) for any source record: complaints,
// repairs, checkin defects. The follow-up is its own
// record (HF-…, status `due`) linked to its source, with one deadline
// (`followup`); when several rules apply, the tightest due time wins.
import { PREFIXES } from '../../core/numbers.js';
import type { Instant } from '../../core/time.js';
import { insertFollowup, openFollowupOf, openFollowupOfUnit } from './store.js';
import { link } from '../../core/store/links.js';
import { getRecordById, type RecordRow } from '../../core/store/records.js';
import { createRecord, openDeadline } from '../../core/loop.js';
import type { Session } from '../../core/session.js';

/**
 * Schedule (or tighten) the follow-up of `source`, due by profile rule
 * `ruleKey` (e.g. "R-405.followup") counted from `from`. Returns the HF record.
 * With `unitId`, one follow-up per household of the source (a survey's sampled
 * returns, R-804): the HF is that unit's.
 */
export function scheduleFollowup(s: Session, source: RecordRow, o: { ruleKey: string; from: Instant; reason: string; unitId?: number }): RecordRow {
  const open = o.unitId === undefined ? openFollowupOf(s.db, source.id) : openFollowupOfUnit(s.db, source.id, o.unitId);
  if (open) {
    const hf = getRecordById(s.db, open.record_id)!;
    openDeadline(s, hf, 'followup', o.ruleKey, o.from, { tightest: true });
    return getRecordById(s.db, hf.id)!;
  }
  const hf = createRecord(s, {
    type: 'followup',
    prefix: PREFIXES.followup,
    status: 'due',
    unitId: o.unitId ?? source.unit_id,
    eventAt: o.from,
    data: { source: source.no, reason: o.reason },
  });
  insertFollowup(s.db, { recordId: hf.id, sourceId: source.id, reason: o.reason });
  link(s.db, source.id, hf.id, 'followup');
  openDeadline(s, hf, 'followup', o.ruleKey, o.from);
  return getRecordById(s.db, hf.id)!;
}
