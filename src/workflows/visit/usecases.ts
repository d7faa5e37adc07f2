// Visits and reception 来访接待 (§6): the reception log with its categories
// (R-600; repair and complaint entries create those records), visitor
// registration with a verified, masked ID, and what stays open.
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { mask, maskPhone, normalizeDocument, normalizePhone, ID_TYPES, type IdType } from '../../core/identity.js';
import { text } from '../../core/input.js';
import { CATEGORIES, createsRecord, VISIT_MACHINE } from './rules.js';
import * as store from './store.js';
import { link } from '../../core/store/links.js';
import { getRecordById, type RecordRow } from '../../core/store/records.js';
import { addEvent, closeDeadline, createRecord, loadRecord, move, openDeadline } from '../../core/loop.js';
import { createRepair } from '../repair/api.js';
import { createComplaint, escalate } from '../complaint/api.js';
import { CHANNELS } from '../complaint/api.js';
import type { Kind, MonthlyTrend, TrendMonth } from '../../core/kind.js';
import { bySeries, monthsParam } from '../../core/store/reports.js';
import { INFO } from './rules.js';
import { requireUnit } from '../registry/api.js';
import { sampled, scheduleFollowup } from '../followup/api.js';
import { addDays } from '../../core/calendar.js';
import { atLocal, localDate, monthRange, parseInstant } from '../../core/time.js';
import { recordJson } from '../../records/usecases.js';
import { write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';

/** `visit in`: a visitor with a verified ID, whom they visit, purpose; the resident confirmed. */
export function visitIn(
  io: Io,
  o: { name?: string; idType?: string; idNumber?: string; phone?: string; unit?: string; purpose?: string; confirmed?: boolean },
) {
  return write(io, (s) => {
    const unit = requireUnit(s, o.unit ?? '');
    if (s.profile.estate.kind === 'commercial' && !store.unitHasCompany(s.db, unit.id)) refuse('E_NOT_FOUND', 'err.noCompany', { unit: unit.code });
    const idType = (o.idType ?? 'id') as IdType;
    if (!(ID_TYPES as readonly string[]).includes(idType))
      refuse('E_VALUE', 'err.choice', { flag: 'id-type', value: idType, choices: ID_TYPES.join(' ') });
    const idNumber = normalizeDocument(idType, o.idNumber ?? '', 'id-number');
    const r = createRecord(s, {
      type: 'visit',
      prefix: PREFIXES.visit,
      status: 'in',
      unitId: unit.id,
      data: { entry: 'visitor', purpose: o.purpose },
    });
    store.insertVisit(s.db, {
      record_id: r.id,
      entry: 'visitor',
      category: null,
      name: text(o.name, 'name', 64),
      id_type: idType,
      id_number: idNumber,
      phone: o.phone ? normalizePhone(o.phone) : null,
      purpose: text(o.purpose, 'purpose'),
      description: null,
      confirmed: o.confirmed ? 1 : 0,
    });
    return view(s, r);
  });
}

export function visitOut(io: Io, no: string) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['visit'], 'visit');
    const moved = move(s, r, VISIT_MACHINE, 'out', 'out', {});
    store.setVisitOut(s.db, r.id, s.at);
    return view(s, moved);
  });
}

/** `visit log`: every walk-in or call with its category; repair and complaint entries create those records. */
export function visitLog(
  io: Io,
  o: {
    category?: string;
    desc?: string;
    name?: string;
    unit?: string;
    phone?: string;
    channel?: string;
    about?: string;
    solved?: boolean;
    public?: string;
    termFrom?: string;
    termTo?: string;
  },
) {
  return write(io, (s) => {
    escalate(s); // R-403 applied with every complaint write
    const category = o.category ?? '';
    if (!(CATEGORIES as readonly string[]).includes(category))
      refuse('E_VALUE', 'err.choice', { flag: 'category', value: category, choices: CATEGORIES.join(' ') });
    const description = text(o.desc, 'desc');
    const unit = o.unit ? requireUnit(s, o.unit) : null;
    const phone = o.phone ? normalizePhone(o.phone) : null;
    const name = o.name ? text(o.name, 'name', 64) : null;
    const creates = createsRecord(category);
    const channel = o.channel ?? 'visit';
    if (!(CHANNELS as readonly string[]).includes(channel))
      refuse('E_VALUE', 'err.choice', { flag: 'channel', value: channel, choices: CHANNELS.join(' ') });
    if ((creates === 'complaint' || creates === 'suggestion' || creates === 'praise') && !name) refuse('E_USAGE', 'err.required', { flag: 'name' });
    if (creates === 'repair' && !unit && !o.public) refuse('E_USAGE', 'err.repairWhere');
    // a paid special service 特约服务 is a `service` entry with its contract term.
    const term = serviceTerm(s, category, o);
    const log = createRecord(s, {
      type: 'visit',
      prefix: PREFIXES.visit,
      status: 'open',
      unitId: unit?.id ?? null,
      data: { entry: 'log', category },
    });
    store.insertVisit(s.db, {
      record_id: log.id,
      entry: 'log',
      category,
      name,
      id_type: null,
      id_number: null,
      phone,
      purpose: null,
      description,
      confirmed: 0,
    });
    const followups: string[] = [];
    if (category === 'service' || category === 'other') {
      store.insertService(s.db, {
        record_id: log.id,
        kind: term ? 'special' : 'other',
        term_from: term?.from ?? null,
        term_to: term?.to ?? null,
        logged_at: log.event_at,
      });
      // a special service sampled at coverage.specialService is followed up at mid-term (within a week of the term's middle day).
      if (term && decide(s, log, 'special', log.event_at))
        followups.push(scheduleFollowup(s, log, { ruleKey: 'R-804.special', from: atLocal(term.mid, '00:00:00', s.tz), reason: 'R-804.mid' }).no);
    }
    let created: RecordRow | null = null;
    let handoffDue: string | null = null;
    if (category === 'after-sales') {
      // the entry becomes a 物业返修联系单, passed to the developer's after-sales by 10:00 the next working morning.
      store.insertAfterSales(s.db, log.id);
      handoffDue = openDeadline(s, log, 'handoff', 'R-410.handoff', log.event_at);
    }
    if (creates === 'repair') {
      created = createRepair(s, {
        unitId: unit?.id ?? null,
        publicPlace: o.public ?? null,
        description,
        reporter: name,
        phone,
        source: 'visit',
        from: log,
        rel: 'created',
      });
    } else if (creates) {
      created = createComplaint(s, {
        kind: creates,
        channel,
        name: name!,
        unitId: unit?.id ?? null,
        phone,
        place: null,
        about: o.about ? text(o.about, 'about', 100) : category,
        description,
        request: null,
        from: log,
      });
      link(s.db, log.id, created.id, 'created');
    }
    // The created record carries the matter from here; other entries stay open until solved.
    let cur = log;
    if (category !== 'after-sales' && (created || o.solved)) {
      cur = move(s, log, VISIT_MACHINE, 'closed', 'close', { created: created?.no });
      const f = serviceDone(s, cur);
      if (f) followups.push(f);
    }
    return { ...view(s, cur), created: created?.no ?? null, handoffDue, followups };
  });
}

function afterSales(s: Session, no: string): { r: RecordRow; a: store.AfterSalesRow } {
  const r = loadRecord(s, no, ['visit'], 'visit');
  if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
  const a = store.getAfterSales(s.db, r.id);
  if (!a) refuse('E_STATE', 'err.notAfterSales', { no: r.no });
  return { r, a };
}

/** `visit handoff`: the 物业返修联系单 passed to the developer's after-sales (closes the next-morning deadline). */
export function visitHandoff(io: Io, no: string, o: { to?: string }) {
  return write(io, (s) => {
    const { r, a } = afterSales(s, no);
    if (a.handed_at) refuse('E_STATE', 'err.handedAlready', { no: r.no, at: a.handed_at });
    if (Date.parse(s.at) < Date.parse(r.event_at)) refuse('E_VALUE', 'err.handoffBeforeEntry', { at: s.at, entry: r.event_at });
    const to = o.to ? text(o.to, 'to', 64) : null;
    store.setHandedOver(s.db, r.id, s.at, to);
    addEvent(s, r, 'handoff', { to });
    closeDeadline(s, r, 'handoff');
    return view(s, r);
  });
}

/** `visit reaccept`: the desk's second acceptance 二次验收 — a pass closes the entry, a fail keeps it open. */
export function visitReaccept(io: Io, no: string, o: { pass?: boolean; fail?: boolean; note?: string }) {
  return write(io, (s) => {
    const { r, a } = afterSales(s, no);
    if (!!o.pass === !!o.fail) refuse('E_USAGE', 'err.passOrFail');
    if (!a.handed_at) refuse('E_STATE', 'err.notHandedYet', { no: r.no });
    if (a.result === 'pass') refuse('E_STATE', 'err.reacceptedAlready', { no: r.no, at: a.reaccepted_at });
    const result = o.pass ? 'pass' : 'fail';
    const note = o.note ? text(o.note, 'note') : null;
    store.setReaccepted(s.db, r.id, s.at, result);
    if (result === 'pass') return view(s, move(s, r, VISIT_MACHINE, 'closed', 'reaccept', { result, note }));
    addEvent(s, r, 'reaccept', { result, note });
    return view(s, r);
  });
}

export function visitClose(io: Io, no: string, o: { note?: string }) {
  return write(io, (s) => {
    const r = move(s, loadRecord(s, no, ['visit'], 'visit'), VISIT_MACHINE, 'closed', 'close', { note: o.note });
    const f = serviceDone(s, r);
    return { ...view(s, r), followups: f ? [f] : [] };
  });
}

/** `--term-from D --term-to D`: only on a `service` entry; both dates, the end not before the start. */
function serviceTerm(s: Session, category: string, o: { termFrom?: string; termTo?: string }): { from: string; to: string; mid: string } | null {
  if (o.termFrom === undefined && o.termTo === undefined) return null;
  if (category !== 'service') refuse('E_USAGE', 'err.termNotService');
  if (!o.termFrom || !o.termTo) refuse('E_USAGE', 'err.termBoth');
  const from = localDate(parseInstant(o.termFrom, s.tz, { flag: 'term-from', years: s.years }), s.tz);
  const to = localDate(parseInstant(o.termTo, s.tz, { flag: 'term-to', years: s.years }), s.tz);
  if (to < from) refuse('E_VALUE', 'err.termOrder', { from, to });
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return { from, to, mid: addDays(from, Math.floor(days / 2)) };
}

/** R-801 at the entry's coverage key: decided once (kept), in order of logging (special) or of closing (other). */
function decide(s: Session, r: RecordRow, kind: 'special' | 'other', at: string): boolean {
  const key = kind === 'special' ? 'specialService' : 'otherService';
  const rate = Number(s.profile.coverage?.[key] ?? 1);
  const { from } = monthRange(localDate(at, s.tz).slice(0, 7), s.tz);
  const yes = sampled(store.serviceRank(s.db, kind, from, at, r.id), rate);
  store.setService(s.db, r.id, { sampled: yes ? 1 : 0 });
  return yes;
}

/**
 * A service entry closed: a special service sampled at mid-term is followed up again after
 * it ends; any other service is sampled at coverage.otherService and followed up within a week.
 */
function serviceDone(s: Session, r: RecordRow): string | null {
  const e = store.getService(s.db, r.id);
  if (!e || e.closed_at) return null;
  store.setService(s.db, r.id, { closed_at: s.at });
  if (e.kind === 'special') return e.sampled ? scheduleFollowup(s, r, { ruleKey: 'R-804.special', from: s.at, reason: 'R-804.end' }).no : null;
  return decide(s, r, 'other', s.at) ? scheduleFollowup(s, r, { ruleKey: 'R-804.other', from: s.at, reason: 'R-804' }).no : null;
}

function view(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

function afterSalesJson(a: store.AfterSalesRow | undefined) {
  return a ? { handedAt: a.handed_at, handedTo: a.handed_to, reacceptedAt: a.reaccepted_at, result: a.result, fails: a.fails } : null;
}

/** kind.details: detail() of every listed row, one statement per table (issue 23). */
function details(s: Session, rows: RecordRow[], unmask: boolean) {
  const b = store.visitsBatch(
    s.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => detail(s, r, unmask, { v: b.visits.get(r.id), a: b.afterSales.get(r.id) }));
}

function detail(s: Session, r: RecordRow, unmask: boolean, pre?: { v: store.VisitRow | undefined; a: store.AfterSalesRow | undefined }) {
  const v = pre ? pre.v : store.getVisit(s.db, r.id);
  if (!v) return {};
  return {
    entry: v.entry,
    category: v.category,
    name: v.name,
    idType: v.id_type,
    idNumber: v.id_number == null ? null : unmask ? v.id_number : mask(v.id_number),
    phone: v.phone == null ? null : unmask ? v.phone : maskPhone(v.phone),
    purpose: v.purpose,
    description: v.description,
    confirmed: !!v.confirmed,
    outAt: v.out_at,
    afterSales: afterSalesJson(pre ? pre.a : store.getAfterSales(s.db, r.id)),
  };
}

export const kind: Kind = {
  ...INFO,
  monthlySection,
  monthlyTrend,
  detail,
  // Issue 18: a visitor's or a log entry's record on paper (ID masked unless --unmask, R-004).
  print(s, r, unmask) {
    const d = detail(s, r, unmask);
    return [
      {
        template: 'visit-slip',
        title: s.io.t('visit.form.slip'),
        data: { ...d, no: r.no, unit: r.unit_code, status: r.status, createdAt: r.event_at, voided: !!r.voided },
      },
    ];
  },
  details,
  exportColumns: {
    header: ['csv.entry', 'csv.category', 'csv.name', 'csv.id_number', 'csv.phone', 'csv.purpose', 'csv.description', 'csv.out'],
    row: (s, r, unmask) => {
      const d = detail(s, r, unmask);
      return [d.entry, d.category, d.name, d.idNumber, d.phone, d.purpose, d.description, d.outAt];
    },
  },
};

export function monthlySection(s: Session, from: string, to: string) {
  return store.visitMonth(s.db, from, to);
}

/** The visitor series of the 12-month trends (issue 22). */
export function monthlyTrend(s: Session, months: TrendMonth[]): ReturnType<MonthlyTrend> {
  return bySeries(store.visitorTrend(s.db, monthsParam(months)));
}
