// 楼长会 (R-803, seed 000 第13條): `meeting new` records the quarterly building representatives'
// meeting — date, attendees, minutes, action items with owners whose dates become deadlines of
// the record (`report due` shows them); `meeting act` closes an action item.
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { text } from '../../core/input.js';
import { atLocal, localDate, parseInstant } from '../../core/time.js';
import { addEvent, closeDeadline, createRecord, loadRecord, move, openDeadlineAt } from '../../core/loop.js';
import type { Kind } from '../../core/kind.js';
import { write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import { listDeadlines, type RecordRow } from '../../core/store/records.js';
import { type Action, INFO, MEETING_MACHINE, parseAction, parseNames } from './rules.js';
import { getMeeting, insertMeeting } from './store.js';

export interface NewOptions {
  date?: string;
  attendees?: string;
  minutes?: string;
  action?: string[];
}

/** `meeting new --date D --attendees a,b --minutes T [--action "text;owner;D"]…`. */
export function newMeeting(io: Io, o: NewOptions) {
  return write(io, (s) => {
    if (!o.date) refuse('E_USAGE', 'err.meetingDate');
    const start = parseInstant(o.date, s.tz, { flag: 'date', years: s.years });
    const heldOn = localDate(start, s.tz);
    if (heldOn > localDate(s.now, s.tz)) refuse('E_VALUE', 'err.dateFuture', { flag: 'date', value: o.date, today: localDate(s.now, s.tz) });
    const attendees = parseNames(o.attendees ?? '');
    if (!attendees.length) refuse('E_USAGE', 'err.meetingAttendees');
    for (const a of attendees) if (a.length > 32) refuse('E_VALUE', 'err.text', { flag: 'attendees', max: 32 });
    const minutes = text(o.minutes, 'minutes', 4000);
    const actions: Action[] = [];
    for (const [i, raw] of (o.action ?? []).entries()) {
      const p = parseAction(raw);
      if ('bad' in p) refuse('E_VALUE', `err.meetingAction.${p.bad}`, { n: i + 1, value: raw });
      parseInstant(p.action.due, s.tz, { flag: 'action', years: s.years }); // a real date
      if (p.action.due < heldOn) refuse('E_VALUE', 'err.meetingActionBefore', { n: i + 1, due: p.action.due, date: heldOn });
      text(p.action.text, 'action', 500);
      text(p.action.owner, 'action', 32);
      actions.push(p.action);
    }
    // The record's time is the meeting's (the start of the day given, or its time when one is given).
    const r = createRecord(s, {
      type: 'meeting',
      prefix: PREFIXES.meeting,
      status: actions.length ? 'open' : 'closed',
      unitId: null,
      eventAt: start,
      data: { heldOn, attendees, actions },
    });
    insertMeeting(s.db, { record_id: r.id, held_on: heldOn, attendees: JSON.stringify(attendees), minutes, actions: JSON.stringify(actions) });
    // Each action item's date is a deadline of the meeting (due the end of that day).
    for (const [i, a] of actions.entries()) openDeadlineAt(s, r, `action-${i + 1}`, 'R-803', atLocal(a.due, '23:59:59', s.tz));
    return view(s, r);
  });
}

/** `meeting act <no> --action N [--note T]`: an action item done; the meeting closes with its last one. */
export function actMeeting(io: Io, no: string, o: { action?: string; note?: string }) {
  return write(io, (s) => {
    let r = loadRecord(s, no, ['meeting'], 'meeting');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    const m = getMeeting(s.db, r.id)!;
    const actions = JSON.parse(m.actions) as Action[];
    const n = Number(o.action);
    if (!Number.isInteger(n) || n < 1 || n > actions.length)
      refuse('E_VALUE', 'err.meetingActionNo', { no: r.no, value: o.action ?? '', max: actions.length });
    const note = o.note === undefined ? null : text(o.note, 'note', 500);
    if (!closeDeadline(s, r, `action-${n}`)) refuse('E_STATE', 'err.meetingActionDone', { no: r.no, n });
    const open = listDeadlines(s.db, r.id).filter((d) => d.step.startsWith('action-') && !d.done_at && !d.cancelled);
    if (!open.length) r = move(s, r, MEETING_MACHINE, 'closed', 'act', { action: n, note });
    else addEvent(s, r, 'act', { action: n, note });
    return view(s, r);
  });
}

function view(s: Session, r: RecordRow) {
  const m = getMeeting(s.db, r.id)!;
  const dl = listDeadlines(s.db, r.id);
  const actions = (JSON.parse(m.actions) as Action[]).map((a, i) => {
    const d = dl.find((x) => x.step === `action-${i + 1}`);
    return { n: i + 1, ...a, dueAt: d?.due_at ?? null, doneAt: d?.done_at ?? null, overdue: !!d && !d.done_at && d.due_at < s.now };
  });
  return { no: r.no, status: r.status, heldOn: m.held_on, attendees: JSON.parse(m.attendees) as string[], minutes: m.minutes, actions };
}

export const kind: Kind = {
  ...INFO,
  detail(s, r) {
    const v = view(s, r);
    return { heldOn: v.heldOn, attendees: v.attendees.join('、'), minutes: v.minutes, actions: v.actions };
  },
  // Issue 18: the meeting record on paper — attendees, minutes, action items with owner and date.
  print(s, r) {
    const v = view(s, r);
    return [{ template: 'meeting-record', title: s.io.t('meeting.form.record'), data: { ...v, voided: !!r.voided } }];
  },
};
