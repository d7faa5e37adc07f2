// R-602 shift handover 交接班: open log entries, visitors still in, keys out,
// deadlines due before the next shift ends; recorded with who handed over to whom.
import { addHours } from './time-helpers.js';
import * as store from '../store/shift.js';
import { write } from './session.js';
import type { Io } from './io.js';

export function handover(io: Io, o: { to?: string; hours?: string }) {
  return write(io, (s) => {
    const hours = o.hours ? Math.max(1, Math.min(48, Number(o.hours) || 12)) : 12;
    const until = addHours(s.now, hours, s.tz);
    const items = {
      openLog: store.openLogEntries(s.db),
      visitorsIn: store.visitorsIn(s.db),
      keysOut: store.keysOut(s.db),
      deadlines: store.deadlinesBefore(s.db, until).map((d) => ({ ...d, overdue: d.due_at < s.now })),
    };
    const id = store.insertHandover(s.db, { at: s.at, from: s.io.clerk, to: o.to?.trim() || null, items });
    s.audit({ subject: `shift:${id}`, action: 'handover', field: 'to', new: o.to?.trim() || null });
    return { at: s.at, from: s.io.clerk, to: o.to?.trim() || null, until, ...items };
  });
}
