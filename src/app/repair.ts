// Repairs 报修 (§5): intake, work order, quote and consent,
// completion with the desk's receipt, follow-ups by rule and
// sample, help requests, repeats. Other
// workflows open repair orders through `createRepair` (checkin defects R-202,
// reception-log entries R-600, patrol findings R-1100).
import { refuse } from '../domain/errors.js';
import { PREFIXES } from '../domain/numbers.js';
import { parseYuan } from '../domain/money.js';
import { maskPhone, normalizePhone } from '../domain/identity.js';
import { checkText } from '../domain/registry.js';
import { localDate, monthRange, parseInstant, type Instant } from '../domain/time.js';
import { sampled } from '../domain/followup.js';
import { followupRule, HELP_KINDS, isRepeat, REPAIR_MACHINE, URGENCIES } from '../domain/repair.js';
import * as store from '../store/repairs.js';
import { link } from '../store/links.js';
import { getRecordById, listDeadlines, type RecordRow } from '../store/records.js';
import { addEvent, closeDeadline, createRecord, dropDeadline, loadRecord, move, openDeadline, openDeadlineAt, post } from './loop.js';
import { scheduleFollowup } from './followups.js';
import { KINDS, type Kind } from './kinds.js';
import { requireUnit } from './registry.js';
import { write, type Session } from './session.js';
import type { Io } from './io.js';

export { REPAIR_MACHINE };

export interface NewRepair {
  unitId: number | null;
  publicPlace?: string | null;
  location?: string | null;
  description: string;
  reporter?: string | null;
  phone?: string | null;
  kind?: string;
  urgency?: 'normal' | 'urgent' | 'emergency';
  help?: string | null; // R-505 help request kind
  size?: 'small' | 'large'; // small same day, large within 7 days
  agreedAt?: Instant | null; // an agreed time replaces the R-502 deadline
  source?: string; // desk | checkin-defect | visit | patrol
  from?: RecordRow; // the record that led to it (linked)
  rel?: string; // link name, e.g. 'defect'
  eventAt?: Instant;
}

/** Open a repair order (BX) with its completion deadline (R-502 or the agreed time). */
export function createRepair(s: Session, n: NewRepair): RecordRow {
  if (!n.description?.trim()) refuse('E_USAGE', 'err.required', { flag: 'desc' });
  const size = n.size ?? 'small';
  const urgency = n.help ? 'emergency' : (n.urgency ?? 'normal');
  const r = createRecord(s, {
    type: 'repair',
    prefix: PREFIXES.repair,
    status: 'new',
    unitId: n.unitId,
    eventAt: n.eventAt,
    data: { description: n.description, source: n.source ?? 'desk', from: n.from?.no, urgency, help: n.help ?? undefined },
  });
  store.insertRepair(s.db, {
    record_id: r.id,
    source: n.source ?? 'desk',
    kind: n.kind ?? 'other',
    urgency,
    size,
    public_place: n.publicPlace ?? null,
    location: n.location ?? null,
    reporter: n.reporter ?? null,
    phone: n.phone ?? null,
    description: n.description.trim(),
    agreed_at: n.agreedAt ?? null,
  });
  store.setRepairExtra(s.db, r.id, { help: n.help ?? null, reported_at: r.event_at });
  if (n.from) link(s.db, n.from.id, r.id, n.rel ?? 'created');
  // a help request is answered at once or within 10 minutes.
  if (urgency === 'emergency') openDeadline(s, r, 'answer', 'R-505.answer', r.event_at);
  if (n.agreedAt) openDeadlineAt(s, r, 'complete', 'R-502.agreed', n.agreedAt);
  else openDeadline(s, r, 'complete', size === 'large' ? 'R-502.large' : 'R-502.small', r.event_at);
  return getRecordById(s.db, r.id)!;
}

// ── flags → values ───────────────────────────────────────────────────────
function text(v: string | undefined, flag: string, max = 500): string {
  const t = (v ?? '').trim();
  if (!checkText(t, max)) refuse('E_VALUE', 'err.text', { flag, max });
  return t;
}

function choice<T extends string>(v: string | undefined, flag: string, choices: readonly T[], dflt?: T): T {
  if (v === undefined) {
    if (dflt !== undefined) return dflt;
    refuse('E_USAGE', 'err.required', { flag });
  }
  if (!(choices as readonly string[]).includes(v)) refuse('E_VALUE', 'err.choice', { flag, value: v, choices: choices.join(' ') });
  return v as T;
}

export interface NewOptions {
  unit?: string;
  public?: string;
  reporter?: string;
  phone?: string;
  desc?: string;
  kind?: string;
  urgency?: string;
  help?: string;
  location?: string;
  agreed?: string;
  large?: boolean;
}

/** `repair new`: a unit or a public place, reporter, phone, what, urgency. */
export function newRepair(io: Io, o: NewOptions) {
  return write(io, (s) => {
    if (!!o.unit === !!o.public) refuse('E_USAGE', 'err.repairWhere');
    const unit = o.unit ? requireUnit(s, o.unit) : null;
    const kinds = (s.profile.repair?.kinds as string[]) ?? ['other'];
    const kind = choice(o.kind, 'kind', kinds, kinds.includes('other') ? 'other' : kinds[0]);
    const help = o.help === undefined ? null : choice(o.help, 'help', HELP_KINDS);
    const urgency = choice(o.urgency, 'urgency', URGENCIES, help ? 'emergency' : 'normal');
    if (help && urgency !== 'emergency') refuse('E_VALUE', 'err.helpUrgency');
    const agreedAt = o.agreed ? parseInstant(o.agreed, s.tz, { flag: 'agreed' }) : null;
    if (agreedAt && agreedAt <= s.at) refuse('E_VALUE', 'err.agreedPast', { agreed: agreedAt });
    const r = createRepair(s, {
      unitId: unit?.id ?? null,
      publicPlace: o.public ? text(o.public, 'public', 100) : null,
      location: o.location ? text(o.location, 'location', 100) : null,
      description: text(o.desc, 'desc'),
      reporter: text(o.reporter, 'reporter', 64),
      phone: normalizePhone(o.phone ?? '', 'phone'),
      kind,
      urgency,
      help,
      size: o.large ? 'large' : 'small',
      agreedAt,
      source: 'desk',
    });
    return repairJson(s, r);
  });
}

/** `repair dispatch`: technician and materials on the work order. */
export function dispatch(io: Io, no: string, o: { tech?: string; materials?: string }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['repair'], 'repair');
    const tech = text(o.tech, 'tech', 64);
    const materials = o.materials ? text(o.materials, 'materials') : null;
    const moved = move(s, r, REPAIR_MACHINE, 'dispatched', 'dispatch', { tech, materials });
    store.updateRepair(s.db, r.id, { tech, materials });
    closeDeadline(s, r, 'answer'); // answered
    return repairJson(s, moved);
  });
}

/** `repair quote`: paid work — the quote, and work starts only with the owner's consent. */
export function quote(io: Io, no: string, o: { amount?: string; item?: string; consent?: boolean }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['repair'], 'repair');
    const d = store.getRepairFull(s.db, r.id)!;
    let amountFen: number;
    if (o.item) {
      const list = (s.profile.repair?.priceList ?? {}) as Record<string, number>;
      if (!Object.prototype.hasOwnProperty.call(list, o.item)) refuse('E_VALUE', 'err.priceItem', { item: o.item, items: Object.keys(list).join(' ') || '-' });
      amountFen = list[o.item];
    } else if (o.amount !== undefined) amountFen = parseYuan(o.amount, 'amount');
    else if (d.quote_fen !== null && r.status === 'quoted') amountFen = d.quote_fen;
    else refuse('E_USAGE', 'err.required', { flag: 'amount' });
    let cur = r;
    if (r.status !== 'quoted') {
      cur = move(s, r, REPAIR_MACHINE, 'quoted', 'quote', { amountFen });
      store.setRepairExtra(s.db, r.id, { quote_fen: amountFen });
    }
    if (o.consent) {
      cur = move(s, cur, REPAIR_MACHINE, 'in-progress', 'consent', { amountFen });
      store.setRepairExtra(s.db, r.id, { consent_at: s.at });
    }
    return repairJson(s, cur);
  });
}

/** `repair complete`: time, the owner's comment and signature, amount paid and receipt. */
export function complete(io: Io, no: string, o: { paid?: string; receipt?: string; comment?: string; signed?: boolean }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['repair'], 'repair');
    const d = store.getRepairFull(s.db, r.id)!;
    const paidFen = o.paid !== undefined ? parseYuan(o.paid, 'paid') : null;
    if (d.quote_fen && paidFen === null) refuse('E_USAGE', 'err.paidRequired', { no: r.no, amount: (d.quote_fen / 100).toFixed(2) });
    if (paidFen !== null && !o.receipt?.trim()) refuse('E_USAGE', 'err.receiptRequired');
    if (paidFen !== null && !d.consent_at) refuse('E_STATE', 'err.noConsent', { no: r.no });
    const comment = o.comment ? text(o.comment, 'comment') : null;
    const moved = move(s, r, REPAIR_MACHINE, 'completed', 'complete', { paidFen, receipt: o.receipt?.trim(), comment });
    store.updateRepair(s.db, r.id, { completed_at: s.at, comment, paid: paidFen ? 1 : 0, amount_fen: paidFen, receipt_no: o.receipt?.trim() ?? null });
    store.setRepairExtra(s.db, r.id, { signed: o.signed === false ? 0 : 1 });
    if (paidFen) post(s, r, { item: 'repair-fee', direction: 'received', amountFen: paidFen, receiptNo: o.receipt!.trim() });
    closeDeadline(s, r, 'complete');
    closeDeadline(s, r, 'answer');
    scheduleRepairFollowup(s, getRecordById(s.db, r.id)!);
    return repairJson(s, getRecordById(s.db, moved.id)!);
  });
}

/** the follow-up a completed repair gets, sampled in R-801 order where coverage is below 100 %. */
function scheduleRepairFollowup(s: Session, r: RecordRow): void {
  const d = store.getRepairFull(s.db, r.id)!;
  const rule = followupRule({
    source: d.source,
    publicPlace: d.public_place,
    help: d.help,
    reportedDate: localDate(d.reported_at ?? r.event_at, s.tz),
    completedDate: localDate(d.completed_at!, s.tz),
    agreed: !!d.agreed_at,
  });
  const rate = Number(s.profile.coverage?.[rule.coverage] ?? 1);
  if (rate < 1) {
    const { from } = monthRange(localDate(d.completed_at!, s.tz).slice(0, 7), s.tz);
    const k = store.completionRank(s.db, r.id, !!d.public_place, from, d.completed_at!);
    if (!sampled(k, rate)) return;
  }
  scheduleFollowup(s, r, { ruleKey: rule.ruleKey, from: d.completed_at!, reason: rule.reason });
}

/** Called by the follow-up module: satisfied closes the repair, unsatisfied reopens it. */
export function onFollowup(s: Session, source: RecordRow, result: { satisfaction: string; followupNo: string }): void {
  if (source.voided) return;
  if (result.satisfaction === 'unsatisfied') {
    if (!['completed', 'closed'].includes(source.status)) return;
    const r = move(s, source, REPAIR_MACHINE, 'reopened', 'reopen', { followup: result.followupNo });
    openDeadline(s, r, 'rework', 'R-502.small', s.at);
    return;
  }
  if (source.status === 'completed') move(s, source, REPAIR_MACHINE, 'closed', 'close', { followup: result.followupNo });
}

// ── views ────────────────────────────────────────────────────────────────
function repairJson(s: Session, r: RecordRow) {
  return { ...recordBase(s, r), ...detail(s, r, false) };
}

function recordBase(s: Session, r: RecordRow) {
  const fresh = getRecordById(s.db, r.id)!;
  return {
    no: fresh.no,
    type: fresh.type,
    status: fresh.status,
    unit: fresh.unit_code,
    createdAt: fresh.event_at,
    enteredAt: fresh.created_at,
    updatedAt: fresh.updated_at,
    dueAt: fresh.voided ? null : fresh.next_due,
    overdue: !fresh.voided && fresh.next_due !== null && fresh.next_due < s.now,
    voided: !!fresh.voided,
  };
}

function detail(s: Session, r: RecordRow, unmask: boolean): Record<string, unknown> {
  const d = store.getRepairFull(s.db, r.id);
  if (!d) return {};
  const dl = listDeadlines(s.db, r.id).find((x) => x.step === 'complete');
  const onTime = dl?.done_at ? dl.done_at <= dl.due_at : null;
  const count = r.unit_id ? store.sameKindCount(s.db, r.unit_id, d.kind, s.now) : 0;
  return {
    kind: d.kind,
    urgency: d.urgency,
    help: d.help,
    public: d.public_place,
    location: d.location,
    description: d.description,
    reporter: d.reporter,
    phone: d.phone == null ? null : unmask ? d.phone : maskPhone(d.phone),
    source: d.source,
    tech: d.tech,
    materials: d.materials,
    quoteFen: d.quote_fen,
    consentAt: d.consent_at,
    paid: !!d.paid,
    amountFen: d.amount_fen ?? 0,
    receiptNo: d.receipt_no,
    agreedAt: d.agreed_at,
    completedAt: d.completed_at,
    onTime,
    repeat: isRepeat(count),
    sameKindCount: count,
  };
}

export const kind: Kind = {
  ...KINDS.repair,
  detail,
  listFilters: { kind: 'kind', tech: 'tech', urgency: 'urgency' },
  exportColumns: {
    header: ['csv.kind', 'csv.urgency', 'csv.public', 'csv.reporter', 'csv.phone', 'csv.description', 'csv.tech', 'csv.amount', 'csv.receipt_no', 'csv.completed', 'csv.onTime'],
    row: (s, r, unmask) => {
      const d = detail(s, r, unmask);
      return [d.kind, d.urgency, d.public, d.reporter, d.phone, d.description, d.tech, d.amountFen ? ((d.amountFen as number) / 100).toFixed(2) : '', d.receiptNo, d.completedAt, d.onTime === null ? '' : d.onTime ? 'yes' : 'no'];
    },
  },
  print(s, r, unmask) {
    const d = detail(s, r, unmask);
    const data = { no: r.no, unit: r.unit_code, createdAt: r.event_at, ...d, amount: d.amountFen ? ((d.amountFen as number) / 100).toFixed(2) : '' };
    // the work order in two copies (第一联 desk, 第二联 technician).
    return [1, 2].map((copy) => ({ template: 'repair-work-order', title: s.io.t('repair.form.title'), data: { ...data, copy } }));
  },
};

/** R-506 monthly section. */
export function monthlySection(s: Session, from: string, to: string) {
  const m = store.repairMonth(s.db, from, to);
  const c = store.repairCompletions(s.db, from, to);
  return {
    requests: m.requests,
    public: m.public,
    emergencies: m.emergencies,
    completed: c.completed,
    onTime: c.onTime,
    late: c.late,
    paidCount: c.paidCount,
    paidRevenueFen: store.repairRevenue(s.db, from, to),
    repeats: store.repairRepeats(s.db, from, to),
  };
}

export { dropDeadline, addEvent };
