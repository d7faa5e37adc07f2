// Complaints 投诉, suggestions 建议, praise 表扬 (§4): intake,
// classification with the reports R-402 requires, feedback within 24 h,
// assignment and handling, escalation after a month, the
// follow-up within 3 days of resolution and what it decides.
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { maskPhone, normalizePhone } from '../../core/identity.js';
import { choice, text as checkedText } from '../../core/input.js';

/** Free text of this workflow: up to 1000 characters unless a field says otherwise. */
const text = (v: string | undefined, flag: string, max = 1000) => checkedText(v, flag, max);
import { localDate, monthRange, parseInstant, type Instant } from '../../core/time.js';
import { reopens, sampled } from '../followup/api.js';
import {
  CHANNELS,
  CLASSES,
  classDeadlines,
  COMPLAINT_MACHINE,
  effectiveClass,
  escalates,
  followupBy,
  forwardTo,
  INVALID_KINDS,
  asOf,
  isRepeat,
  jyMachine,
  KINDS as COMPLAINT_KINDS,
  REPORT_TO,
  approverRole,
  type ComplaintClass,
} from './rules.js';
import { rosterMember, rosterOf, STAFF_ROLE_LABEL_ZH, type StaffRole } from '../staff/api.js';
import * as store from './store.js';
import { appendAudit } from '../../core/store/audit.js';
import { addEvent as addEventRow, getRecordById, lastEventData, listDeadlines, touch, type RecordRow } from '../../core/store/records.js';
import { bySeries, monthsParam, stepTimeliness } from '../../core/store/reports.js';
import { addEvent, closeDeadline, createRecord, dropDeadline, loadRecord, move, openDeadline, openDeadlineAt } from '../../core/loop.js';
import { scheduleFollowup } from '../followup/api.js';
import type { Kind, MonthlyTrend, TrendMonth } from '../../core/kind.js';
import { INFO } from './rules.js';
import { requireUnit } from '../registry/api.js';
import { write, type Session } from '../../core/session.js';
import { recordJson, type RecordJson } from '../../records/usecases.js';
import type { Io } from '../../core/io.js';

const TYPES = ['complaint', 'suggestion'];

// ── R-403 escalation: derived by reads, stored by every complaint write ──
/** Who the audit log names for what the program does by itself. */
export const SYSTEM_CLERK = 'system';

/**
 * valid complaints still open a month after intake become major.
 * There is no daemon: reads derive it (complaintDetail, complaintMonth: major and
 * escalated once the `escalate` deadline is past) and never write; every write that
 * touches complaints (each complaint command, a visit's complaint, a void) calls this
 * first, inside its transaction, to store it. It is idempotent — the one-month
 * `escalate` deadline is marked done when applied — and audit-logged by the clerk
 * `system`, at the moment the month ran out.
 */
export function escalate(s: Session): string[] {
  const out: string[] = [];
  for (const c of store.escalationsDue(s.db, s.now)) {
    const r = getRecordById(s.db, c.id)!;
    closeDeadline(s, r, 'escalate', c.due_at);
    if (!escalates(c.class)) continue;
    store.updateComplaint(s.db, c.id, { class: 'major', escalated: 1 });
    addEventRow(s.db, {
      recordId: r.id,
      kind: 'escalated',
      eventAt: c.due_at,
      enteredAt: s.now,
      clerk: SYSTEM_CLERK,
      data: { from: c.class, to: 'major', rule: 'R-403' },
    });
    touch(s.db, r.id, s.now);
    appendAudit(s.db, {
      at: c.due_at,
      enteredAt: s.now,
      clerk: SYSTEM_CLERK,
      subject: r.no,
      action: 'escalate',
      field: 'class',
      old: c.class,
      new: 'major',
    });
    out.push(r.no);
  }
  return out;
}

// ── intake ───────────────────────────────────────────────────────
export interface ComplaintInput {
  kind: 'complaint' | 'suggestion' | 'praise';
  channel: string;
  name: string;
  unitId: number | null;
  phone: string | null;
  place: string | null;
  about: string;
  description: string;
  request: string | null;
  from?: RecordRow; // a reception-log entry
  eventAt?: Instant;
}

/** Create a TS complaint (with its 24 h feedback deadline) or a JY suggestion/praise. */
export function createComplaint(s: Session, c: ComplaintInput): RecordRow {
  const isComplaint = c.kind === 'complaint';
  const r = createRecord(s, {
    type: isComplaint ? 'complaint' : 'suggestion',
    prefix: isComplaint ? PREFIXES.complaint : PREFIXES.suggestion,
    status: 'new',
    unitId: c.unitId,
    eventAt: c.eventAt,
    data: { kind: c.kind, channel: c.channel, about: c.about, from: c.from?.no },
  });
  store.insertComplaint(s.db, {
    record_id: r.id,
    kind: c.kind,
    channel: c.channel,
    name: c.name,
    phone: c.phone,
    place: c.place,
    about: c.about,
    description: c.description,
    request: c.request,
  });
  if (isComplaint) {
    openDeadline(s, r, 'feedback', 'R-402.feedback', r.event_at); // first feedback within 24 h, every complaint
    openDeadline(s, r, 'escalate', 'R-403.escalate', r.event_at); // still open a month after intake → major
  }
  return getRecordById(s.db, r.id)!;
}

export interface NewOptions {
  name?: string;
  unit?: string;
  phone?: string;
  channel?: string;
  about?: string;
  desc?: string;
  request?: string;
  type?: string;
  place?: string;
}

export function newComplaint(io: Io, o: NewOptions) {
  return write(io, (s) => {
    escalate(s);
    const kind = choice(o.type, 'type', COMPLAINT_KINDS, 'complaint');
    const unit = o.unit ? requireUnit(s, o.unit) : null;
    const r = createComplaint(s, {
      kind,
      channel: choice(o.channel, 'channel', CHANNELS),
      name: text(o.name, 'name', 64),
      unitId: unit?.id ?? null,
      phone: o.phone ? normalizePhone(o.phone) : null,
      place: o.place ? text(o.place, 'place', 100) : null,
      about: text(o.about, 'about', 100),
      description: text(o.desc, 'desc'),
      request: o.request ? text(o.request, 'request') : null,
    });
    return { ...view(s, r), reminder: kind === 'complaint' ? 'apologise' : 'thank' };
  });
}

// ── classification and handling ───────────────────
export function classify(io: Io, no: string, o: { class?: string; invalidKind?: string; cause?: string }) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['complaint'], 'complaint');
    const chosen = choice(o.class, 'class', CLASSES) as ComplaintClass;
    // a complaint already escalated stays major unless found invalid.
    const cls = effectiveClass(chosen, !!store.getComplaint(s.db, r.id)?.escalated);
    const invalidKind = cls === 'invalid' ? choice(o.invalidKind, 'invalid-kind', INVALID_KINDS) : null;
    if (cls !== 'invalid' && o.invalidKind) refuse('E_USAGE', 'err.invalidKindOnly');
    const moved = move(s, r, COMPLAINT_MACHINE, 'classified', 'classify', {
      class: cls,
      invalidKind,
      reportedTo: REPORT_TO[cls],
      forward: forwardTo(invalidKind),
    });
    store.updateComplaint(s.db, r.id, {
      class: cls,
      invalid_kind: invalidKind,
      reported_to: REPORT_TO[cls],
      cause: o.cause ? text(o.cause, 'cause', 100) : null,
    });
    // the report to the named people is made with the classification (cli.md).
    const d = classDeadlines(cls);
    if (cls === 'invalid') dropDeadline(s, r, 'escalate'); // R-403 concerns valid complaints only
    openDeadline(s, r, 'report', d.report, r.event_at);
    closeDeadline(s, r, 'report');
    openDeadline(s, r, 'handle', d.handle, r.event_at);
    return view(s, moved);
  });
}

export function respond(io: Io, no: string, o: { note?: string }) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['complaint'], 'complaint');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    addEvent(s, r, 'respond', { note: text(o.note, 'note') });
    closeDeadline(s, r, 'feedback');
    return view(s, r);
  });
}

export function assign(io: Io, no: string, o: { dept?: string; method?: string; promise?: string }) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['complaint'], 'complaint');
    const dept = text(o.dept, 'dept', 64);
    const method = text(o.method, 'method');
    const promise = parseInstant(o.promise ?? '', s.tz, { flag: 'promise', endOfDay: true, years: s.years });
    if (promise < s.at) refuse('E_VALUE', 'err.promisePast', { promise });
    const moved = move(s, r, COMPLAINT_MACHINE, 'assigned', 'assign', { dept, method, promise });
    store.updateComplaint(s.db, r.id, { dept, method, promise_at: promise });
    openDeadlineAt(s, r, 'promise', 'R-404', promise);
    return view(s, moved);
  });
}

export function resolve(io: Io, no: string, o: { result?: string }) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['complaint'], 'complaint');
    const result = text(o.result, 'result');
    const moved = move(s, r, COMPLAINT_MACHINE, 'resolved', 'resolve', { result });
    store.updateComplaint(s.db, r.id, { result, resolved_at: s.at });
    closeDeadline(s, r, 'handle');
    closeDeadline(s, r, 'promise');
    closeDeadline(s, r, 'rework');
    dropDeadline(s, r, 'escalate'); // resolved within the month: no escalation
    // every complaint followed up within 3 days of resolution (profile coverage.complaint,
    // 100 % by default; an estate that lowers it gets the R-801 sample in order of resolution).
    const rate = Number(s.profile.coverage?.complaint ?? 1);
    const k = rate >= 1 ? 1 : store.resolutionRank(s.db, r.id, monthRange(localDate(s.at, s.tz).slice(0, 7), s.tz).from, s.at);
    if (sampled(k, rate)) scheduleFollowup(s, moved, { ruleKey: 'R-405.followup', from: s.at, reason: 'R-405' });
    return view(s, moved);
  });
}

export function verify(io: Io, no: string) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['complaint'], 'complaint');
    let moved = move(s, r, COMPLAINT_MACHINE, 'verified', 'verify', {});
    store.updateComplaint(s.db, r.id, { verified_at: s.at });
    // A satisfied follow-up that came before the desk's check closes it now.
    const last = lastEventData(s.db, r.id, 'followup-result');
    if (last && !reopens(String(last.satisfaction))) moved = move(s, moved, COMPLAINT_MACHINE, 'closed', 'close', { followup: 'satisfied' });
    return view(s, moved);
  });
}

/** Called by the follow-up module. */
export function onFollowup(s: Session, source: RecordRow, result: { satisfaction: string; followupNo: string }): void {
  if (source.voided) return;
  if (source.type === 'suggestion') return;
  addEvent(s, source, 'followup-result', { satisfaction: result.satisfaction, followup: result.followupNo });
  if (reopens(result.satisfaction)) {
    if (['resolved', 'verified'].includes(source.status)) {
      const r = move(s, source, COMPLAINT_MACHINE, 'reopened', 'reopen', { followup: result.followupNo });
      const c = store.getComplaint(s.db, r.id)!;
      // Handled again within its class's handling period, counted from the reopening.
      openDeadline(s, r, 'rework', classDeadlines((c.class ?? 'important') as ComplaintClass).handle, s.at);
      if (escalates(c.class) && !c.escalated) openDeadline(s, r, 'escalate', 'R-403.escalate', r.event_at); // open again: the month still counts
    }
    return;
  }
  if (source.status === 'verified') move(s, source, COMPLAINT_MACHINE, 'closed', 'close', { followup: result.followupNo });
}

// ── overrun approval ────────────────────────────────────────────
/**
 * `complaint extend`: a new handling deadline, approved before the old one passes by a roster member
 * with the role the class needs (minor: dept-manager; important, major: gm). The deadline row takes the
 * new date (what `report due` shows); the old one is kept with the approval and still counts as missed.
 */
export function extend(io: Io, no: string, o: { until?: string; approvedBy?: string; reason?: string }) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['complaint'], 'complaint');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    const c = store.getComplaint(s.db, r.id)!;
    const handle = listDeadlines(s.db, r.id).find((d) => d.step === 'handle' && !d.done_at && !d.cancelled);
    if (!handle) refuse('E_STATE', 'err.extendNotOpen', { no: r.no, status: r.status });
    const role = approverRole(c.class);
    if (!role) refuse('E_STATE', 'err.extendInvalid', { no: r.no });
    const until = parseInstant(o.until ?? '', s.tz, { flag: 'until', endOfDay: true, years: s.years });
    const by = text(o.approvedBy, 'approved-by', 64);
    const reason = text(o.reason, 'reason');
    if (Date.parse(s.at) > Date.parse(handle.due_at)) refuse('E_STATE', 'err.extendPassed', { no: r.no, due: handle.due_at });
    if (Date.parse(until) <= Date.parse(handle.due_at)) refuse('E_VALUE', 'err.extendBefore', { until, due: handle.due_at });
    const member = rosterMember(s.db, by);
    if (!member || member.role !== role) {
      const label = (x: string) => (io.lang === 'zh' ? (STAFF_ROLE_LABEL_ZH[x as StaffRole] ?? x) : x);
      const names = rosterOf(s.db, { role }).map((m) => m.name);
      refuse('E_VALUE', member ? 'err.approverRole' : 'err.approverUnknown', {
        name: by,
        has: member ? label(member.role) : '',
        class: io.t(`class.${c.class}`),
        role: label(role),
        names: names.length ? names.join(io.lang === 'zh' ? '、' : ', ') : io.t('complaint.noApprover'),
      });
    }
    store.insertExtension(s.db, {
      record_id: r.id,
      old_due: handle.due_at,
      new_due: until,
      approved_by: by,
      role,
      reason,
      at: s.at,
      clerk: s.io.clerk,
      entered_at: s.now,
    });
    addEvent(s, r, 'extend', { from: handle.due_at, to: until, approvedBy: by, role, reason });
    openDeadlineAt(s, r, 'handle', 'R-408', until);
    s.audit({ subject: r.no, action: 'extend', field: 'deadline.handle', old: handle.due_at, new: until });
    return { ...view(s, r), oldDue: handle.due_at, newDue: until, approvedBy: by };
  });
}

// ── developer hand-off ──────────────────────────────────────────
/**
 * `complaint developer`: a complaint classified invalid, kind `developer` (housing quality, 二类), is put to
 * the developer on the 需开发商协商处理问题记录表; the developer's reply is a deadline (profile, default 7 days).
 */
export function developer(io: Io, no: string, o: { issue?: string }) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['complaint'], 'complaint');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    const c = store.getComplaint(s.db, r.id)!;
    if (c.class !== 'invalid' || c.invalid_kind !== 'developer') refuse('E_STATE', 'err.notDeveloper', { no: r.no });
    if (store.getHandoff(s.db, r.id)) refuse('E_STATE', 'err.handoffExists', { no: r.no });
    const issue = text(o.issue, 'issue');
    store.insertHandoff(s.db, r.id, issue, s.at);
    addEvent(s, r, 'developer', { issue });
    const due = openDeadline(s, r, 'developer-reply', 'R-409.developer-reply', s.at);
    return { ...view(s, r), replyDue: due };
  });
}

/** `complaint developer-reply`: the developer's answer is recorded; the complainant is told and the desk verifies. */
export function developerReply(io: Io, no: string, o: { reply?: string }) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['complaint'], 'complaint');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    const h = store.getHandoff(s.db, r.id);
    if (!h) refuse('E_STATE', 'err.noHandoff', { no: r.no });
    if (h.reply_at) refuse('E_STATE', 'err.handoffReplied', { no: r.no, at: h.reply_at });
    const reply = text(o.reply, 'reply');
    if (Date.parse(s.at) < Date.parse(h.opened_at)) refuse('E_VALUE', 'err.replyBeforeHandoff', { at: s.at, opened: h.opened_at });
    store.setHandoffReply(s.db, r.id, reply, s.at);
    addEvent(s, r, 'developer-reply', { reply });
    closeDeadline(s, r, 'developer-reply');
    return view(s, r);
  });
}

// ── suggestions and praise ───────────────────────────────────────
export function adopt(io: Io, no: string, o: { adopted?: boolean; notAdopted?: boolean; note?: string; told?: boolean }) {
  return write(io, (s) => {
    escalate(s);
    const r = loadRecord(s, no, ['suggestion'], 'complaint');
    const c = store.getComplaint(s.db, r.id)!;
    if (c.kind !== 'suggestion') refuse('E_STATE', 'err.notSuggestion', { no: r.no });
    if (!!o.adopted === !!o.notAdopted) refuse('E_USAGE', 'err.adoptChoice');
    const to = o.adopted ? 'adopted' : 'not-adopted';
    let moved = move(s, r, jyMachine(c.kind), to, 'adopt', { note: text(o.note, 'note') });
    store.updateComplaint(s.db, r.id, { adopted: o.adopted ? 1 : 0 });
    if (o.told) moved = tell(s, moved);
    return view(s, moved);
  });
}

function tell(s: Session, r: RecordRow): RecordRow {
  const c = store.getComplaint(s.db, r.id)!;
  // a suggestion is adopted or not before the resident is told; praise is closed when passed on.
  const moved = move(s, r, jyMachine(c.kind), 'closed', 'told', {});
  store.updateComplaint(s.db, r.id, { told_at: s.at });
  return moved;
}

/** `complaint told <no>`: the resident was told by phone (suggestions either way; praise passed on) — closes it. */
export function told(io: Io, no: string) {
  return write(io, (s) => {
    escalate(s);
    return view(s, tell(s, loadRecord(s, no, ['suggestion'], 'complaint')));
  });
}

// ── views ────────────────────────────────────────────────────────────────
/** A complaint's JSON: the common fields and its own (kind.detail; every record a use-case loads has its row). */
function view(s: Session, r: RecordRow) {
  const fresh = getRecordById(s.db, r.id)!;
  return recordJson(s, fresh, kind) as RecordJson & ComplaintDetail;
}

function detail(s: Session, r: RecordRow, unmask: boolean): ComplaintDetail | Record<string, never> {
  const c = store.getComplaint(s.db, r.id);
  return c ? complaintDetail(s, r, c, unmask) : {}; // no detail row: the common fields only
}

function handoffJson(h: store.HandoffRow | undefined) {
  return h ? { issue: h.issue, openedAt: h.opened_at, reply: h.reply, replyAt: h.reply_at } : null;
}

/** The fields of a complaint or suggestion in its JSON (`show`, `list --json`) and its forms. */
export type ComplaintDetail = ReturnType<typeof complaintDetail>;

/** What complaintDetail reads beside the complaint row; `details` reads it for a whole list at once (issue 23). */
interface ComplaintExtra {
  count: number;
  fired: boolean;
  handoff: store.HandoffRow | undefined;
  extensions: store.ExtensionRow[];
}

function complaintExtra(s: Session, r: RecordRow, stored: store.ComplaintRow): ComplaintExtra {
  return {
    count: r.unit_id && stored.kind === 'complaint' ? store.sameAboutCount(s.db, r.unit_id, stored.about) : 0,
    fired: stored.kind === 'complaint' && store.firedAt(s.db, r.id, s.now) !== null,
    handoff: store.getHandoff(s.db, r.id),
    extensions: store.extensionsOf(s.db, r.id),
  };
}

/** kind.details: detail() of every listed row, one statement per table (issue 23). */
function details(s: Session, rows: RecordRow[], unmask: boolean): Array<ComplaintDetail | Record<string, never>> {
  const units = [...new Set(rows.flatMap((r) => (r.unit_id ? [r.unit_id] : [])))];
  const b = store.complaintsBatch(
    s.db,
    rows.map((r) => r.id),
    units,
    s.now,
  );
  return rows.map((r) => {
    const c = b.complaints.get(r.id);
    if (!c) return {}; // no detail row: the common fields only
    const extra = {
      count: r.unit_id && c.kind === 'complaint' ? (b.sameAbout.get(`${r.unit_id}\u0000${c.about}`) ?? 0) : 0,
      fired: c.kind === 'complaint' && b.fired.has(r.id),
      handoff: b.handoffs.get(r.id),
      extensions: b.extensions.get(r.id) ?? [],
    };
    return complaintDetail(s, r, c, unmask, extra);
  });
}

function complaintDetail(s: Session, r: RecordRow, stored: store.ComplaintRow, unmask: boolean, extra = complaintExtra(s, r, stored)) {
  const count = extra.count;
  // the escalation that fired by now reads as stored, before any write stores it.
  const now = asOf(stored.class, !!stored.escalated, extra.fired);
  return {
    kind: stored.kind,
    channel: stored.channel,
    name: stored.name,
    phone: stored.phone == null ? null : unmask ? stored.phone : maskPhone(stored.phone),
    place: stored.place,
    about: stored.about,
    description: stored.description,
    request: stored.request,
    class: now.class,
    invalidKind: stored.invalid_kind,
    forwardTo: forwardTo(stored.invalid_kind),
    reportedTo: stored.reported_to,
    cause: stored.cause,
    dept: stored.dept,
    method: stored.method,
    promiseAt: stored.promise_at,
    result: stored.result,
    resolvedAt: stored.resolved_at,
    verifiedAt: stored.verified_at,
    escalated: now.escalated,
    followupBy: stored.kind === 'complaint' ? followupBy(now.class) : null,
    adopted: stored.adopted === null ? null : !!stored.adopted,
    toldAt: stored.told_at,
    repeat: isRepeat(count),
    developer: handoffJson(extra.handoff),
    extensions: extra.extensions.map((e) => ({
      from: e.old_due,
      to: e.new_due,
      approvedBy: e.approved_by,
      role: e.role,
      reason: e.reason,
      at: e.at,
    })),
  };
}

export const kind: Kind = {
  ...INFO,
  monthlySection,
  monthlyTrend,
  onFollowup,
  detail,
  details,
  refresh: (s) => void escalate(s), // stored by a write of the group (void); reads derive it (complaintDetail)
  listFilters: { class: 'class', kind: 'kind' },
  exportColumns: {
    header: [
      'csv.kind',
      'csv.channel',
      'csv.name',
      'csv.phone',
      'csv.about',
      'csv.description',
      'csv.class',
      'csv.dept',
      'csv.resolved',
      'csv.escalated',
    ],
    row: (s, r, unmask) => {
      const d = detail(s, r, unmask);
      return [d.kind, d.channel, d.name, d.phone, d.about, d.description, d.class, d.dept, d.resolvedAt, d.escalated ? 'yes' : ''];
    },
  },
  print(s, r, unmask) {
    const d = detail(s, r, unmask);
    const deadlines = listDeadlines(s.db, r.id).map((x) => ({ step: x.step, rule: x.rule, dueAt: x.due_at, doneAt: x.done_at }));
    const forms: Array<{ template: string; title: string; data: Record<string, unknown> }> = [
      {
        template: 'complaint-record',
        title: s.io.t(d.kind === 'complaint' ? 'complaint.form.title' : 'complaint.form.titleSuggestion'),
        data: { no: r.no, unit: r.unit_code, createdAt: r.event_at, status: r.status, ...d, deadlines },
      },
    ];
    // a housing-quality complaint put to the developer also prints the 需开发商协商处理问题记录表.
    if ('developer' in d && d.developer) {
      const replyDue = deadlines.find((x) => x.step === 'developer-reply')?.dueAt ?? null;
      forms.push({
        template: 'complaint-developer',
        title: s.io.t('complaint.form.developer'),
        data: { no: r.no, unit: r.unit_code, createdAt: r.event_at, status: r.status, ...d, deadlines, replyDue },
      });
    }
    return forms;
  },
};

/** R-407 monthly sections: complaints and suggestions. */
export function monthlySection(s: Session, from: string, to: string, name: string) {
  if (name === 'suggestions') return store.suggestionMonth(s.db, from, to);
  const m = store.complaintMonth(s.db, from, to, s.now); // R-403 escalations fired by now counted as stored
  const fb = stepTimeliness(s.db, 'complaint', 'feedback', from, to, s.now);
  const h = stepTimeliness(s.db, 'complaint', 'handle', from, to, s.now);
  // an extended complaint counts by its original deadline, as missed.
  const x = store.extendedTimeliness(s.db, from, to, s.now);
  const rate = (num: number, den: number) => ({ value: den > 0 ? Math.round((num / den) * 10000) / 10000 : null, num, den });
  return {
    total: m.total,
    byClass: { major: m.major, important: m.important, minor: m.minor, invalid: m.invalid, unclassified: m.unclassified },
    byDept: Object.fromEntries(store.complaintGroups(s.db, 'dept', from, to).map((g) => [g.key, g.n])),
    byCause: Object.fromEntries(store.complaintGroups(s.db, 'cause', from, to).map((g) => [g.key, g.n])),
    answered24h: rate(fb.onTime, fb.due),
    handledOnTime: rate(h.onTime - x.movedOnTime, h.due - x.movedDue + x.missed),
    escalated: m.escalated,
    repeats: store.complaintRepeats(s.db, from, to),
    // hand-offs still waiting for the developer at the month's end (or now), with their age in days.
    developerOpen: store.openHandoffs(s.db, s.now < to ? s.now : to).map((h) => ({
      no: h.no,
      issue: h.issue,
      openedAt: h.opened_at,
      replyDue: h.due_at,
      ageDays: Math.floor((Date.parse(s.now < to ? s.now : to) - Date.parse(h.opened_at)) / 86_400_000),
    })),
    extensions: store.extensionsIn(s.db, from, to).map((e) => ({
      no: e.no,
      class: e.class,
      from: e.old_due,
      to: e.new_due,
      approvedBy: e.approved_by,
      reason: e.reason,
      at: e.at,
    })),
  };
}

/**
 * The complaint series of the 12-month trends (issue 22): the total and each class (R-400, R-403 as
 * the month's section derives it), and the handling on time as `monthlySection` counts it,
 * one grouped query per series.
 */
export function monthlyTrend(s: Session, months: TrendMonth[]): ReturnType<MonthlyTrend> {
  const ms = monthsParam(months);
  const out = bySeries(store.complaintTrend(s.db, ms, s.now));
  const h = new Map(store.handledTrend(s.db, ms, s.now).map((r) => [r.month, r]));
  out.handledOnTime = {};
  out.handledDue = {};
  for (const { month } of months) {
    const x = h.get(month) ?? { onTime: 0, due: 0, movedOnTime: 0, movedDue: 0, missed: 0 };
    out.handledOnTime[month] = x.onTime - x.movedOnTime;
    out.handledDue[month] = x.due - x.movedDue + x.missed;
  }
  return out;
}

export { TYPES };
