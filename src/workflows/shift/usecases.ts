// R-602 shift handover 交接班: open log entries, visitors still in, keys out,
// deadlines due before the next shift ends; recorded with who handed over to whom.
import { refuse } from '../../core/errors.js';
import { addHours } from '../../core/time-helpers.js';
import * as store from './store.js';
import { write } from '../../core/session.js';
import type { Io } from '../../core/io.js';

/** Longest shift `--hours` accepts (two days: a weekend desk). */
const MAX_HOURS = 48;

export function handover(io: Io, o: { to?: string; hours?: string }) {
  return write(io, (s) => {
    // The next shift's length: --hours, else the profile's `shift.hours` (a day and a night shift: 12).
    const raw = o.hours ?? String(s.profile.shift.hours);
    const hours = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw.trim()) || !(hours >= 1 && hours <= MAX_HOURS)) refuse('E_VALUE', 'err.shiftHours', { value: raw, max: MAX_HOURS });
    const to = o.to?.trim() || null;
    if (to !== null && to.length > 64) refuse('E_VALUE', 'err.text', { flag: 'to', max: 64 });
    const until = addHours(s.now, hours, s.tz);
    const items = {
      openLog: store.openLogEntries(s.db),
      visitorsIn: store.visitorsIn(s.db),
      keysOut: store.keysOut(s.db),
      deadlines: store.deadlinesBefore(s.db, until).map((d) => ({ ...d, overdue: d.due_at < s.now })),
    };
    const id = store.insertHandover(s.db, { at: s.at, from: s.io.clerk, to, items });
    s.audit({ subject: `shift:${id}`, action: 'handover', field: 'to', new: to });
    return { id, at: s.at, from: s.io.clerk, to, until, ...items };
  });
}
