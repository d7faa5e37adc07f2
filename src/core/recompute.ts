// R-0A2: whenever the calendar changes (a notice imported, `profile set calendar.…`,
// closed days), every open deadline whose count touched a changed date is recomputed
// from its rule and the instant it counts from, inside the command's one transaction;
// each change old → new is audit-logged and returned for the clerk to see. Closed
// deadlines are never rewritten; explicit due times (a promised or agreed date) are
// not computed and do not move.
import type { CalendarData } from './calendar.js';
import { computeDue, parseSpec } from './deadline.js';
import type { Session } from './session.js';
import { eventTimes, moveDeadline, openDeadlines, type OpenComputed } from './store/calendar.js';

export interface DeadlineChange {
  no: string;
  step: string;
  rule: string;
  old: string;
  new: string;
  provisional: boolean; // the new due time still rests on provisional days
  wasProvisional: boolean;
}

/**
 * The instant a deadline counts from. Deadlines opened before this version did not
 * keep it: it is the record's event time or one of its events' times, the newest
 * one that gives the stored due time under one of `calendars` (the one in force
 * until now, or the package alone, which older versions used). Null when none does.
 */
function fromOf(s: Session, d: OpenComputed, spec: string, calendars: CalendarData[]): string | null {
  if (d.from_at) return d.from_at;
  const candidates = [...eventTimes(s.db, d.record_id), d.record_event_at];
  for (const at of candidates) for (const cal of calendars) if (computeDue(at, spec, cal, s.tz).dueAt === d.due_at) return at;
  return null;
}

/** Recompute the open working-day deadlines after a calendar change from `before` to `after`. */
export function recomputeDeadlines(s: Session, before: CalendarData, after: CalendarData, legacy: CalendarData[] = []): DeadlineChange[] {
  const changes: DeadlineChange[] = [];
  for (const d of openDeadlines(s.db)) {
    const spec = s.profile.deadlines[d.rule];
    if (!spec || parseSpec(spec).unit !== 'workingDays') continue; // only working-day counts depend on the calendar
    const from = fromOf(s, d, spec, [before, ...legacy]);
    if (!from) continue;
    const due = computeDue(from, spec, after, s.tz);
    const provisional = due.provisional ? JSON.stringify(due.provisional) : null;
    if (due.dueAt === d.due_at && provisional === d.provisional && d.from_at) continue;
    moveDeadline(s.db, d.id, { dueAt: due.dueAt, fromAt: from, provisional: due.provisional ?? null });
    if (due.dueAt === d.due_at && (provisional === null) === (d.provisional === null)) continue; // only the bookkeeping changed
    s.audit({ subject: d.no, action: 'recompute', field: `deadline.${d.step}`, old: d.due_at, new: due.dueAt, at: s.now });
    changes.push({
      no: d.no,
      step: d.step,
      rule: d.rule,
      old: d.due_at,
      new: due.dueAt,
      provisional: provisional !== null,
      wasProvisional: d.provisional !== null,
    });
  }
  return changes;
}
