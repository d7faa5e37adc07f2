// Follow-ups 回访 (§8), one module for every workflow: `followup due` lists
// what is open, soonest first; `followup record <source-no>` records the call
// or visit and hands the result to the source's module (`onFollowup`),
// which closes or reopens the source. Scheduling is in followups.ts.
import { FOLLOWUP_MACHINE } from './rules.js';
import { refuse } from '../../core/errors.js';
import { METHODS, SATISFACTION } from './rules.js';
import { followupBy } from '../complaint/api.js';
import { parseNo, PREFIXES } from '../../core/numbers.js';
import { addDays } from '../../core/calendar.js';
import { atLocal, localDate } from '../../core/time.js';
import { checkText, reason as reasonText } from '../../core/input.js';
import {
  dueFollowups,
  followupOfRecord,
  followupsBatch,
  getFollowup,
  insertFollowup,
  openFollowupOf,
  planOf,
  recordFollowupResult,
} from './store.js';
import { getRecord, getRecordById, type RecordRow } from '../../core/store/records.js';
import { link } from '../../core/store/links.js';
import { closeDeadline, createRecord, groupOfNo, move } from '../../core/loop.js';
import type { Kind } from '../../core/kind.js';
import { INFO } from './rules.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import { aboutOf, contactOf } from '../../records/contact.js';
import { residentsOfUnit } from '../registry/api.js';
import { maskPhone } from '../../core/identity.js';

type Hook = (s: Session, source: RecordRow, result: { satisfaction: string; followupNo: string }) => void;
type SourceModule = { onFollowup?: Hook; kind?: Kind };

/**
 * The source modules that act on a follow-up's result, by the source's
 * record type; loaded before the transaction opens (`write` is synchronous).
 * Other types have no hook: the follow-up is only recorded.
 */
const HOOKS: Record<string, () => Promise<SourceModule>> = {
  complaint: () => import('../complaint/api.js') as Promise<SourceModule>,
  suggestion: () => import('../complaint/api.js') as Promise<SourceModule>,
  repair: () => import('../repair/api.js') as Promise<SourceModule>,
};

/**
 * Issue 18: the descriptors of the source types a follow-up can have, to say what it is about and
 * whom to call (their `detail` masks phones, R-004); loaded only at a terminal (`describe`).
 */
const SOURCES: Record<string, () => Promise<{ kind: Kind }>> = {
  complaint: () => import('../complaint/api.js'),
  suggestion: () => import('../complaint/api.js'),
  repair: () => import('../repair/api.js'),
  visit: () => import('../visit/api.js'),
  survey: () => import('../survey/api.js'),
};

/**
 * `followup due`: open follow-ups, soonest first (overdue, due today, upcoming). A read: R-403 derived (dueFollowups), not stored.
 * Issue 18, human output only (never --json, whose rows stay as they are): `human` adds the time it was read
 * (`now`, for how late) and, at a terminal, what each row is about and whom to call.
 */
export async function followupDue(io: Io, o: { today?: boolean }, human?: 'piped' | 'terminal') {
  const kinds = new Map<string, Kind>();
  const describe = human === 'terminal';
  if (describe) for (const [type, load] of Object.entries(SOURCES)) kinds.set(type, (await load()).kind);
  return read(io, (s) => {
    const endOfToday = atLocal(addDays(localDate(s.now, s.tz), 1), '00:00:00', s.tz);
    const rows = dueFollowups(s.db, s.now).map((f) => ({
      no: f.no,
      source: f.source_no === f.no ? null : f.source_no, // a planned follow-up has no source record
      sourceType: f.source_no === f.no ? null : f.source_type,
      unit: f.unit_code,
      reason: f.reason,
      by: followupBy(f.source_class), // major complaints are followed up by the project manager
      opensAt: f.opens_at,
      dueAt: f.due_at,
      overdue: !!f.due_at && f.due_at < s.now,
      dueToday: !!f.due_at && f.due_at >= s.now && f.due_at < endOfToday,
    }));
    const order = (r: (typeof rows)[number]) => (r.overdue ? 0 : r.dueToday ? 1 : 2);
    const sorted = rows.sort((a, b) => order(a) - order(b) || String(a.dueAt).localeCompare(String(b.dueAt)));
    const out = o.today ? sorted.filter((r) => r.overdue || r.dueToday) : sorted;
    if (!human) return out;
    return out.map((r) => ({ ...r, now: s.now, ...(describe ? describeRow(s, r, kinds) : {}) }));
  });
}

/**
 * Issue 18: what a due follow-up is about (its source's gist) and whom to call: the source's name and
 * masked phone; a planned follow-up (R-803, its own source) or a survey's household
 * is about the unit, whose owner (else resident) from the registry is called.
 */
function describeRow(s: Session, r: { no: string; source: string | null; sourceType: string | null }, kinds: Map<string, Kind>) {
  const own = getRecord(s.db, r.no);
  const src = r.source ? getRecord(s.db, r.source) : undefined;
  const kind = r.sourceType ? kinds.get(r.sourceType) : undefined;
  const j = src && kind?.detail ? (kind.detail(s, src, false) as Record<string, unknown>) : {};
  const about = src ? aboutOf(j, kind?.gist) : s.io.t(`followup.about.${own && planOf(s.db, own.id)?.kind === 'director' ? 'director' : 'planned'}`);
  let contact = contactOf(j);
  if (!contact && own?.unit_id) {
    const h = residentsOfUnit(s.db, own.unit_id)[0];
    if (h) contact = [h.name, maskPhone(h.phone)].filter(Boolean).join('\n');
  }
  return { about, contact };
}

export interface RecordOptions {
  method?: string;
  satisfaction?: string;
  note?: string;
  shortcomings?: string;
  suggestions?: string;
  confirmed?: boolean;
}

/** `followup record <source-no>`: method, satisfaction, shortcomings, suggestions, confirmation. */
export async function recordFollowup(io: Io, sourceNo: string, o: RecordOptions) {
  const { no } = parseNo(sourceNo);
  if (!o.method || !(METHODS as readonly string[]).includes(o.method))
    refuse('E_VALUE', 'err.choice', { flag: 'method', value: o.method ?? '', choices: METHODS.join(' ') });
  if (!o.satisfaction || !(SATISFACTION as readonly string[]).includes(o.satisfaction))
    refuse('E_VALUE', 'err.choice', { flag: 'satisfaction', value: o.satisfaction ?? '', choices: SATISFACTION.join(' ') });
  for (const [flag, v] of [
    ['note', o.note],
    ['shortcomings', o.shortcomings],
    ['suggestions', o.suggestions],
  ] as const)
    if (v !== undefined && !checkText(v.trim(), 1000)) refuse('E_VALUE', 'err.text', { flag, max: 1000 });
  // The source may be given by its follow-up's own number too.
  const probe = read(io, (s) => {
    let src = getRecord(s.db, no);
    if (src?.type === 'followup') src = getRecordById(s.db, getFollowup(s.db, src.id)!.source_id);
    return src ? { type: src.type } : null;
  });
  if (!probe) refuse('E_NOT_FOUND', 'err.noRecord', { no, group: groupOfNo(no) });
  const mod = await HOOKS[probe.type]?.();
  const hook = mod?.onFollowup;
  return write(io, (s) => {
    mod?.kind?.refresh?.(s); // the source type's lazy rules first (R-403 for complaints)
    let source = getRecord(s.db, no)!;
    // Given by its own number, a follow-up still due is that one (a survey has one per sampled household, R-804).
    const given = source.type === 'followup' && source.status === 'due' && !source.voided ? source : null;
    if (source.type === 'followup') source = getRecordById(s.db, getFollowup(s.db, source.id)!.source_id)!;
    if (source.voided) refuse('E_STATE', 'err.voided', { no: source.no });
    const open = given ? { record_id: given.id } : openFollowupOf(s.db, source.id);
    let hf: RecordRow;
    if (open) hf = getRecordById(s.db, open.record_id)!;
    else {
      // any record may also be followed up by hand.
      hf = createRecord(s, {
        type: 'followup',
        prefix: PREFIXES.followup,
        status: 'due',
        unitId: source.unit_id,
        data: { source: source.no, reason: 'by-hand' },
      });
      insertFollowup(s.db, { recordId: hf.id, sourceId: source.id, reason: 'by-hand' });
      link(s.db, source.id, hf.id, 'followup');
    }
    const data = {
      method: o.method,
      satisfaction: o.satisfaction,
      note: o.note?.trim(),
      shortcomings: o.shortcomings?.trim(),
      suggestions: o.suggestions?.trim(),
      confirmed: !!o.confirmed,
    };
    move(s, hf, FOLLOWUP_MACHINE, 'done', 'followup', data);
    const note =
      [o.note, o.shortcomings && `shortcomings: ${o.shortcomings}`, o.suggestions && `suggestions: ${o.suggestions}`].filter(Boolean).join(' | ') ||
      null;
    recordFollowupResult(s.db, hf.id, { method: o.method!, satisfaction: o.satisfaction!, note, doneAt: s.at });
    closeDeadline(s, hf, 'followup');
    hook?.(s, source, { satisfaction: o.satisfaction!, followupNo: hf.no });
    const after = getRecordById(s.db, source.id)!;
    return {
      no: hf.no,
      source: source.no,
      sourceType: source.type,
      sourceStatus: after.status,
      method: o.method,
      satisfaction: o.satisfaction,
      reopened: after.status === 'reopened' && source.status !== 'reopened', // this follow-up reopened it
    };
  });
}

/** `followup skip <HF-no> --reason` (§0b: skipped with a reason). */
export function skipFollowup(io: Io, no: string, reason: string | undefined) {
  reason = reasonText(reason);
  return write(io, (s) => {
    const r = getRecord(s.db, parseNo(no).no);
    if (r?.type !== 'followup') refuse('E_NOT_FOUND', 'err.noRecord', { no, group: 'followup' });
    move(s, r, FOLLOWUP_MACHINE, 'skipped', 'skip', { reason });
    closeDeadline(s, r, 'followup');
    return { no: r.no, status: 'skipped' };
  });
}

/** A follow-up's JSON fields; `pre`: what details() read for a whole list (issue 23). */
function detail(s: Session, r: RecordRow, pre?: ReturnType<typeof followupsBatch>) {
  const f = pre ? pre.followups.get(r.id) : followupOfRecord(s.db, r.id);
  if (!f) return {};
  const plan = pre ? pre.plans.get(r.id) : planOf(s.db, r.id);
  return {
    source: f.source_id === r.id ? null : f.source_no,
    ...(plan ? { plan: plan.quarter, planKind: plan.kind, officer: plan.officer, area: plan.area, plannedFor: plan.planned_date } : {}),
    reason: f.reason,
    by: followupBy(f.source_class),
    method: f.method,
    satisfaction: f.satisfaction,
    note: f.note,
    doneAt: f.done_at,
  };
}

export const kind: Kind = {
  ...INFO,
  detail: (s, r) => detail(s, r),
  details(s, rows) {
    const b = followupsBatch(
      s.db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => detail(s, r, b));
  },
  print(s, r) {
    const f = followupOfRecord(s.db, r.id);
    return [
      {
        template: 'followup-record',
        title: s.io.t('followup.form.title'),
        data: {
          no: r.no,
          unit: r.unit_code,
          source: f?.source_no,
          reason: f?.reason,
          method: f?.method,
          satisfaction: f?.satisfaction,
          note: f?.note,
          doneAt: f?.done_at,
        },
      },
    ];
  },
};
