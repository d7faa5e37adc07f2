// The one core loop (architecture.md): a record moves through states; each
// move is an event with a time, a clerk and data; moves open or close
// deadlines and may post money. Workflow modules call these inside `write`.
import { refuse } from './errors.js';
import { reason as reasonText } from './input.js';
import { formatNo, parseNo, PREFIXES } from './numbers.js';
import { assertMove, type Machine } from './states.js';
import type { Instant } from './time.js';
import * as rec from './store/records.js';
import type { RecordRow } from './store/records.js';
import { addLedger, recordBalance, type Direction } from './store/ledger.js';
import type { Session } from './session.js';

export type { RecordRow };

/** a new record numbered by prefix and the year of its event time. */
export function createRecord(
  s: Session,
  r: { type: string; prefix: string; status: string; unitId: number | null; eventAt?: Instant; data?: unknown; kind?: string },
): RecordRow {
  const eventAt = r.eventAt ?? s.at;
  const year = Number(eventAt.slice(0, 4));
  const no = formatNo(r.prefix, year, rec.nextSeq(s.db, r.prefix, year));
  const id = rec.insertRecord(s.db, { no, type: r.type, status: r.status, unitId: r.unitId, eventAt, createdAt: s.now });
  rec.addEvent(s.db, { recordId: id, kind: r.kind ?? 'created', eventAt, enteredAt: s.now, clerk: s.io.clerk, data: r.data });
  s.audit({ subject: no, action: 'create', field: 'status', old: null, new: r.status, at: eventAt });
  return rec.getRecordById(s.db, id)!;
}

/** Load a record by its number (case-insensitive), checking its type. */
export function loadRecord(s: Session, input: string, types: string[], group: string): RecordRow {
  const { no } = parseNo(input);
  const r = rec.getRecord(s.db, no);
  if (!r) refuse('E_NOT_FOUND', 'err.noRecord', { no, group });
  if (!types.includes(r.type)) refuse('E_NOT_FOUND', 'err.wrongType', { no, group, other: GROUP_OF_TYPE[r.type] ?? r.type });
  return r;
}

/** The command group of a record number, from its prefix, for messages; 'followup' when unknown. */
export function groupOfNo(no: string): string {
  const prefix = no.trim().slice(0, 2).toUpperCase();
  const type = Object.entries(PREFIXES).find(([, p]) => p === prefix)?.[0];
  return (type && GROUP_OF_TYPE[type]) || 'followup';
}

/** Record types → the command group that handles them (for messages). */
export const GROUP_OF_TYPE: Record<string, string> = {
  checkin: 'checkin',
  renovation: 'renovate',
  complaint: 'complaint',
  suggestion: 'complaint',
  repair: 'repair',
  visit: 'visit',
  keyMove: 'keys',
  followup: 'followup',
  notice: 'notice',
  patrol: 'patrol',
  survey: 'survey',
  lending: 'lend',
  lease: 'lease',
  meeting: 'meeting',
};

/** Record an event without a state change (a document ticked, a note). */
export function addEvent(s: Session, r: RecordRow, kind: string, data?: unknown, eventAt: Instant = s.at): void {
  if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
  rec.addEvent(s.db, { recordId: r.id, kind, eventAt, enteredAt: s.now, clerk: s.io.clerk, data });
  rec.touch(s.db, r.id, s.now);
}

/** Move a record to a new state, refused when its machine does not allow it (§0b). */
export function move(s: Session, r: RecordRow, machine: Machine, to: string, kind: string, data?: unknown, eventAt: Instant = s.at): RecordRow {
  if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
  assertMove(machine, r.no, r.status, to);
  rec.setStatus(s.db, r.id, to, s.now);
  rec.addEvent(s.db, { recordId: r.id, kind, eventAt, enteredAt: s.now, clerk: s.io.clerk, data: { ...(data as object), from: r.status, to } });
  s.audit({ subject: r.no, action: kind, field: 'status', old: r.status, new: to, at: eventAt });
  return { ...r, status: to, updated_at: s.now };
}

/** Open the deadline of a step, computed from the profile rule (R-002, §0a). */
export function openDeadline(s: Session, r: RecordRow, step: string, ruleKey: string, from: Instant, opts: { tightest?: boolean } = {}): Instant {
  const due = s.due(ruleKey, from);
  // R-0A2: keep the instant it counts from, so a calendar change can recompute it; R-0A1: what it assumed.
  rec.setDeadline(s.db, {
    recordId: r.id,
    step,
    rule: ruleKey,
    opensAt: due.opensAt,
    dueAt: due.dueAt,
    tightest: opts.tightest,
    fromAt: from,
    provisional: due.provisional,
  });
  return due.dueAt;
}

/** A deadline with an explicit due time (an agreed date, a promised date). */
export function openDeadlineAt(s: Session, r: RecordRow, step: string, rule: string, dueAt: Instant): void {
  rec.setDeadline(s.db, { recordId: r.id, step, rule, opensAt: null, dueAt });
}

export function closeDeadline(s: Session, r: RecordRow, step: string, doneAt: Instant = s.at): boolean {
  return rec.completeDeadline(s.db, r.id, step, doneAt);
}

export function dropDeadline(s: Session, r: RecordRow, step: string): void {
  rec.cancelDeadline(s.db, r.id, step);
}

/** post money to the record's ledger. */
export function post(
  s: Session,
  r: RecordRow,
  e: { item: string; direction: Direction; amountFen: number; receiptNo?: string | null; at?: Instant },
): void {
  addLedger(s.db, {
    recordId: r.id,
    item: e.item,
    direction: e.direction,
    amountFen: e.amountFen,
    at: e.at ?? s.at,
    receiptNo: e.receiptNo,
    clerk: s.io.clerk,
    enteredAt: s.now,
  });
  s.audit({ subject: r.no, action: `ledger.${e.direction}`, field: e.item, old: null, new: e.amountFen });
  // no record pays out more than it took in (checked inside the command's transaction).
  if (e.direction !== 'received' && recordBalance(s.db, r.id) < 0) refuse('E_STATE', 'err.ledgerNegative', { no: r.no });
}

/** a corrected field, recorded old → new. */
export function correct(s: Session, subject: string, field: string, oldValue: unknown, newValue: unknown): void {
  if (oldValue === newValue) return;
  s.audit({ subject, action: 'correct', field, old: oldValue, new: newValue });
}

/** nothing is deleted; a wrong record is voided with a reason. */
export function voidRecord(s: Session, r: RecordRow, reason: string): RecordRow {
  if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
  reason = reasonText(reason);
  rec.setVoided(s.db, r.id, reason.trim(), s.now);
  rec.cancelOpenDeadlines(s.db, r.id);
  rec.addEvent(s.db, {
    recordId: r.id,
    kind: 'voided',
    eventAt: s.at,
    enteredAt: s.now,
    clerk: s.io.clerk,
    data: { reason: reason.trim(), from: r.status },
  });
  s.audit({ subject: r.no, action: 'void', field: 'status', old: r.status, new: 'voided' });
  s.audit({ subject: r.no, action: 'void', field: 'reason', old: null, new: reason.trim() });
  return rec.getRecordById(s.db, r.id)!;
}
