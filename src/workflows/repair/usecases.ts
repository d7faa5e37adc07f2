// Repairs 报修 (§5): intake, work order, quote and consent,
// completion with the desk's receipt, follow-ups by rule and
// sample, help requests, repeats. Other
// workflows open repair orders through `createRepair` (checkin defects R-202,
// reception-log entries R-600, patrol findings R-1100).
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { claimOut, writeOut } from '../../core/out.js';
import { formatFen, parseYuan } from '../../core/money.js';
import { maskPhone, normalizePhone } from '../../core/identity.js';
import { choice, text } from '../../core/input.js';
import { localDate, monthRange, parseInstant, type Instant } from '../../core/time.js';
import { sampled } from '../followup/api.js';
import { afterFollowup, completionRule, followupPlan, HELP_KINDS, helpUrgency, isRepeat, REPAIR_MACHINE, URGENCIES } from './rules.js';
import * as store from './store.js';
import { link } from '../../core/store/links.js';
import { getRecordById, listDeadlines, type RecordRow } from '../../core/store/records.js';
import {
  addEvent,
  closeDeadline,
  correct,
  createRecord,
  dropDeadline,
  loadRecord,
  move,
  openDeadline,
  openDeadlineAt,
  post,
} from '../../core/loop.js';
import { scheduleFollowup } from '../followup/api.js';
import type { Kind, MonthlyTrend, TrendMonth } from '../../core/kind.js';
import { bySeries, monthsParam } from '../../core/store/reports.js';
import { INFO } from './rules.js';
import { listOf, recordJson } from '../../records/usecases.js';
import { requireUnit } from '../registry/api.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';

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
  // a help request is logged like a repair, as an emergency.
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
  // R-502 (R-202 for a handover defect): small the same day, larger within 7 days, or the agreed time.
  const rule = completionRule({ source: n.source ?? 'desk', size, agreed: !!n.agreedAt });
  if (n.agreedAt) openDeadlineAt(s, r, 'complete', rule, n.agreedAt);
  else openDeadline(s, r, 'complete', rule, r.event_at);
  return getRecordById(s.db, r.id)!;
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

/** `repair new`: a unit or a public place, reporter, phone, what, urgency; `--help` makes it a help request. */
export function newRepair(io: Io, o: NewOptions) {
  return write(io, (s) => {
    if (!!o.unit === !!o.public) refuse('E_USAGE', 'err.repairWhere');
    const unit = o.unit ? requireUnit(s, o.unit) : null;
    const kinds = (s.profile.repair?.kinds as string[] | undefined) ?? ['other'];
    // A public place defaults to the public-facility kind when the profile has it.
    const dflt = o.public && kinds.includes('public-facility') ? 'public-facility' : kinds.includes('other') ? 'other' : kinds[0];
    const kind = choice(o.kind, 'kind', kinds, dflt);
    const help = o.help === undefined ? null : choice(o.help, 'help', HELP_KINDS);
    if (o.urgency !== undefined) choice(o.urgency, 'urgency', URGENCIES);
    const urgency = helpUrgency(help, o.urgency);
    if (urgency === 'conflict') refuse('E_VALUE', 'err.helpUrgency');
    const agreedAt = o.agreed !== undefined ? parseInstant(o.agreed, s.tz, { flag: 'agreed', years: s.years }) : null;
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

/**
 * An agreed later time (R-502; seed 001 三.36: what cannot be done the same day
 * gets a time agreed with the owner): replaces the completion deadline.
 */
function agree(s: Session, r: RecordRow, raw: string): void {
  const agreedAt = parseInstant(raw, s.tz, { flag: 'agreed', years: s.years });
  // Agreed now for later: after the moment it is agreed (the dispatch), not merely after the report.
  if (agreedAt <= s.at) refuse('E_VALUE', 'err.agreedPast', { agreed: agreedAt });
  const d = store.getRepairFull(s.db, r.id)!;
  if (d.completed_at) refuse('E_STATE', 'err.agreedDone', { no: r.no });
  correct(s, r.no, 'agreedAt', d.agreed_at, agreedAt);
  store.updateRepair(s.db, r.id, { agreed_at: agreedAt });
  openDeadlineAt(s, r, 'complete', completionRule({ source: d.source, size: d.size as 'small' | 'large', agreed: true }), agreedAt);
}

/** `repair dispatch`: technician and materials on the work order; answers a help request. */
export function dispatch(io: Io, no: string, o: { tech?: string; materials?: string; agreed?: string }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['repair'], 'repair');
    const tech = text(o.tech, 'tech', 64);
    const materials = o.materials ? text(o.materials, 'materials') : null;
    const moved = move(s, r, REPAIR_MACHINE, 'dispatched', 'dispatch', { tech, materials, agreed: o.agreed });
    store.updateRepair(s.db, r.id, { tech, materials });
    if (o.agreed) agree(s, moved, o.agreed);
    closeDeadline(s, r, 'answer'); // answered
    return repairJson(s, moved);
  });
}

/** `repair quote`: paid work — the quote (an amount or a price-list item); work starts only with the owner's consent. */
export function quote(io: Io, no: string, o: { amount?: string; item?: string; consent?: boolean }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['repair'], 'repair');
    const d = store.getRepairFull(s.db, r.id)!;
    if (o.item !== undefined && o.amount !== undefined) refuse('E_USAGE', 'err.amountOrItem');
    let amountFen: number | null = null;
    if (o.item !== undefined) {
      const list = (s.profile.repair?.priceList ?? {}) as Record<string, number>;
      if (!Object.hasOwn(list, o.item)) refuse('E_VALUE', 'err.priceItem', { item: o.item, items: Object.keys(list).join(' ') || '-' });
      amountFen = list[o.item];
      if (!Number.isSafeInteger(amountFen) || amountFen < 0) refuse('E_VALUE', 'err.priceValue', { item: o.item });
    } else if (o.amount !== undefined) amountFen = parseYuan(o.amount, 'amount');
    let cur = r;
    if (r.status === 'quoted') {
      // A revised quote before consent is a corrected field.
      if (amountFen !== null && amountFen !== d.quote_fen) {
        correct(s, r.no, 'quoteFen', d.quote_fen, amountFen);
        store.setRepairExtra(s.db, r.id, { quote_fen: amountFen });
        addEvent(s, r, 'requote', { amountFen, item: o.item });
      }
    } else {
      if (amountFen === null) {
        if (REPAIR_MACHINE.next[r.status]?.includes('quoted')) refuse('E_USAGE', 'err.quoteAmount', { no: r.no });
        amountFen = 0; // the state refusal below names what is allowed
      }
      cur = move(s, r, REPAIR_MACHINE, 'quoted', 'quote', { amountFen, item: o.item });
      store.setRepairExtra(s.db, r.id, { quote_fen: amountFen });
    }
    if (o.consent) {
      cur = move(s, cur, REPAIR_MACHINE, 'in-progress', 'consent', { amountFen: amountFen ?? d.quote_fen });
      store.setRepairExtra(s.db, r.id, { consent_at: s.at });
    }
    return repairJson(s, cur);
  });
}

/** `repair complete`: time (--at), the owner's comment and signature, amount paid and the desk's receipt. */
export function complete(io: Io, no: string, o: { paid?: string; receipt?: string; comment?: string; signed?: boolean }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['repair'], 'repair');
    const d = store.getRepairFull(s.db, r.id)!;
    if (s.at < r.event_at) refuse('E_VALUE', 'err.completeBeforeReport', { no: r.no, reported: r.event_at });
    const paidFen = o.paid !== undefined ? parseYuan(o.paid, 'paid') : null;
    const receipt = o.receipt === undefined ? null : text(o.receipt, 'receipt', 64) || null;
    if (r.status === 'quoted') refuse('E_STATE', 'err.noConsent', { no: r.no });
    if (paidFen !== null && d.quote_fen === null) refuse('E_STATE', 'err.noQuote', { no: r.no });
    if (d.quote_fen !== null && paidFen === null) refuse('E_USAGE', 'err.paidRequired', { no: r.no, amount: formatFen(d.quote_fen) });
    if (paidFen !== null && receipt === null) refuse('E_USAGE', 'err.receiptRequired');
    const comment = o.comment ? text(o.comment, 'comment') : null;
    const moved = move(s, r, REPAIR_MACHINE, 'completed', 'complete', { paidFen, receipt, comment, signed: o.signed !== false });
    store.updateRepair(s.db, r.id, { completed_at: s.at, comment, paid: paidFen !== null ? 1 : 0, amount_fen: paidFen, receipt_no: receipt });
    store.setRepairExtra(s.db, r.id, { signed: o.signed === false ? 0 : 1 });
    if (paidFen) post(s, r, { item: 'repair-fee', direction: 'received', amountFen: paidFen, receiptNo: receipt });
    closeDeadline(s, r, 'complete');
    closeDeadline(s, r, 'answer');
    const reworked = closeDeadline(s, r, 'rework');
    scheduleRepairFollowup(s, getRecordById(s.db, r.id)!, reworked);
    return repairJson(s, moved);
  });
}

/** the follow-up a completed repair gets, sampled in R-801 order where coverage is below 100 %. */
function scheduleRepairFollowup(s: Session, r: RecordRow, reworked: boolean): void {
  const d = store.getRepairFull(s.db, r.id)!;
  const completedAt = d.completed_at!;
  const plan = followupPlan({
    source: d.source,
    publicPlace: d.public_place,
    help: d.help,
    reportedDate: localDate(d.reported_at ?? r.event_at, s.tz),
    completedDate: localDate(completedAt, s.tz),
    agreedAt: d.agreed_at,
    completedAt,
    reworked,
  });
  if (plan.coverage) {
    const rate = Number(s.profile.coverage?.[plan.coverage] ?? 1);
    const { from } = monthRange(localDate(completedAt, s.tz).slice(0, 7), s.tz);
    const k = store.completionRank(s.db, r.id, plan.sampleClass!, from, completedAt);
    if (!sampled(k, rate)) return;
  }
  // When several rules apply, the follow-up is due by the tightest (cli.md).
  for (const ruleKey of plan.ruleKeys) scheduleFollowup(s, r, { ruleKey, from: completedAt, reason: plan.reason });
}

/**
 * Called by the follow-up module: satisfied or basically
 * satisfied closes the repair, unsatisfied reopens it (audit-logged by the
 * move) with a rework deadline by the repair's own R-502 rule.
 */
export function onFollowup(s: Session, source: RecordRow, result: { satisfaction: string; followupNo: string }): void {
  if (source.voided) return;
  const to = afterFollowup(source.status, result.satisfaction);
  if (to === 'closed') move(s, source, REPAIR_MACHINE, 'closed', 'close', { followup: result.followupNo, satisfaction: result.satisfaction });
  if (to === 'reopened') {
    const r = move(s, source, REPAIR_MACHINE, 'reopened', 'reopen', { followup: result.followupNo, satisfaction: result.satisfaction });
    const d = store.getRepairFull(s.db, r.id)!;
    openDeadline(s, r, 'rework', completionRule({ source: d.source, size: d.size as 'small' | 'large', agreed: false }), s.at);
  }
}

// ── the daily repair log 日常维修记录表 ──────────────────────────
export interface LogOptions {
  date?: string;
  month?: string;
  format?: string;
  out?: string;
  force?: boolean;
}

/** `repair log`: the requests of a day (default today) or a month, in order of report, as the desk's daily log. */
export async function repairLog(io: Io, o: LogOptions) {
  if (o.date !== undefined && o.month !== undefined) refuse('E_USAGE', 'err.dateOrMonth');
  const format = o.format ?? (io.json ? 'json' : 'table');
  if (!['table', 'json', 'html', 'pdf'].includes(format)) refuse('E_USAGE', 'err.format', { value: format, choices: 'table json html pdf' });
  if (format === 'pdf' && !o.out) refuse('E_USAGE', 'err.pdfOut');
  const out = o.out !== undefined ? claimOut(o.out, { force: o.force, db: io.dbFile }) : null;
  const { period, estate } = read(io, (s) => {
    if (o.month !== undefined) {
      monthRange(o.month, s.tz, s.years); // validates YYYY-MM
      return { period: o.month, estate: s.profile.estate.name as string };
    }
    const day = o.date !== undefined ? localDate(parseInstant(o.date, s.tz, { flag: 'date', years: s.years }), s.tz) : localDate(s.now, s.tz);
    return { period: day, estate: s.profile.estate.name as string };
  });
  const rows = listOf(io, kind, o.month ? { month: o.month } : { from: period, to: period });
  const result = { period, count: rows.length, rows };
  if (format === 'table' || format === 'json') return { ...result, format };
  const { renderForms } = await import('../../formats/html.js');
  const html = renderForms([{ template: 'repair-log', title: io.t('repair.log.title'), data: { period, rows } }], { lang: io.lang, t: io.t, estate });
  if (format === 'pdf') {
    const { htmlToPdf } = await import('../../formats/pdf.js');
    const pdf = await htmlToPdf(html, `${io.t('repair.log.title')} ${period}`, io);
    writeOut(out!, pdf);
    return { period, count: rows.length, format, out: o.out, bytes: pdf.length };
  }
  if (out) writeOut(out, html);
  return { period, count: rows.length, format, out: o.out ?? null, bytes: Buffer.byteLength(html), html: o.out ? undefined : html };
}

// ── views ────────────────────────────────────────────────────────────────
function repairJson(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

function detail(s: Session, r: RecordRow, unmask: boolean): RepairDetail | Record<string, never> {
  const d = store.getRepairFull(s.db, r.id);
  return d ? repairDetail(s, r, d, unmask) : {}; // no detail row: the common fields only
}

/** The fields of a repair in its JSON (`show`, `list --json`) and its forms. */
export type RepairDetail = ReturnType<typeof repairDetail>;

/** kind.details: detail() of every listed row, one statement per table (issue 23). */
function details(s: Session, rows: RecordRow[], unmask: boolean): Array<RepairDetail | Record<string, never>> {
  const units = [...new Set(rows.flatMap((r) => (r.unit_id && !r.voided ? [r.unit_id] : [])))];
  const b = store.repairsBatch(
    s.db,
    rows.map((r) => r.id),
    units,
  );
  return rows.map((r) => {
    const d = b.repairs.get(r.id);
    if (!d) return {}; // no detail row: the common fields only
    // as sameKindPosition counts: the unit's non-void repairs of the kind reported before it (or with it, id ≤).
    let position = 0;
    if (r.unit_id && !r.voided)
      for (const x of b.sameUnit.get(r.unit_id) ?? [])
        if (x.kind === d.kind && (x.event_at < r.event_at || (x.event_at === r.event_at && x.id <= r.id))) position++;
    return repairDetail(s, r, d, unmask, { complete: b.complete.get(r.id), position });
  });
}

function repairDetail(
  s: Session,
  r: RecordRow,
  d: store.RepairFull,
  unmask: boolean,
  // what details() read for a whole list; one record reads its own
  pre?: { complete: { due_at: string; done_at: string | null } | undefined; position: number },
) {
  const dl = pre ? pre.complete : listDeadlines(s.db, r.id).find((x) => x.step === 'complete');
  // onTime from the deadlines table: the completion deadline met or not; null while open.
  const onTime = dl?.done_at ? dl.done_at <= dl.due_at : null;
  // this repair is the n-th of its kind in its unit; the third and later are flagged.
  const position = pre ? pre.position : r.unit_id && !r.voided ? store.sameKindPosition(s.db, r.unit_id, d.kind, r.event_at, r.id) : 0;
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
    size: d.size,
    tech: d.tech,
    materials: d.materials,
    paid: d.quote_fen !== null || !!d.paid, // 有偿: quoted or paid
    quoteFen: d.quote_fen,
    consentAt: d.consent_at,
    amountFen: d.amount_fen ?? 0,
    receiptNo: d.receipt_no,
    agreedAt: d.agreed_at,
    completedAt: d.completed_at,
    comment: d.comment,
    signed: d.completed_at ? !!d.signed : null,
    onTime,
    repeat: isRepeat(position),
    sameKindCount: position,
  };
}

export const kind: Kind = {
  ...INFO,
  monthlySection,
  monthlyTrend,
  onFollowup,
  detail,
  details,
  listFilters: { kind: 'kind', tech: 'tech', urgency: 'urgency', helpKind: 'help', repeat: 'repeat' },
  exportColumns: {
    header: [
      'csv.kind',
      'csv.urgency',
      'csv.public',
      'csv.reporter',
      'csv.phone',
      'csv.description',
      'csv.tech',
      'csv.amount',
      'csv.receipt_no',
      'csv.completed',
      'csv.onTime',
    ],
    // The rows come from one joined query, store/exports.ts iterateRepairs (quality.md: 250,000 rows).
  },
  print(s, r, unmask) {
    const d = detail(s, r, unmask);
    const data = {
      no: r.no,
      unit: r.unit_code,
      createdAt: r.event_at,
      ...d,
      amount: d.amountFen ? formatFen(d.amountFen as number) : d.quoteFen ? formatFen(d.quoteFen as number) : '',
    };
    // the work order in two copies (第一联 desk, 第二联 technician).
    return [1, 2].map((copy) => ({ template: 'repair-work-order', title: s.io.t('repair.form.title'), data: { ...data, copy } }));
  },
};

/** R-506 monthly section: requests, completed on time, paid revenue, repeats (follow-ups are in the follow-up section). */
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

/** The repair series of the 12-month trends (issue 22): requests, and completions on time and late (R-506 维修及时率). */
export function monthlyTrend(s: Session, months: TrendMonth[]): ReturnType<MonthlyTrend> {
  const t = store.repairTrend(s.db, monthsParam(months));
  return { ...bySeries(t.requests), ...bySeries(t.done) };
}
