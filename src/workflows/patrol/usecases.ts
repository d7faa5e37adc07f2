// Patrols 巡查 (§11, seed 001 §五 and §十): the supervisor's monthly plan — every
// vacant and unsold unit once a month, spread over the month's working days (R-1100),
// and a morning and an afternoon round of the public places every working day
// (R-1101) — each planned item a record with its deadline; the patrol's result, a
// finding becoming a repair order through the repair workflow (R-1100); the
// vacant-unit patrol record sheet of a month; the monthly report's section.
import fs from 'node:fs';
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { text } from '../../core/input.js';
import { atLocal, localDate, monthRange, formatInstant } from '../../core/time.js';
import { addEvent, closeDeadline, createRecord, loadRecord, move, openDeadline, openDeadlineAt } from '../../core/loop.js';
import { getRecordById, type RecordRow } from '../../core/store/records.js';
import type { Kind } from '../../core/kind.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import { recordJson } from '../../records/usecases.js';
import { requireUnit } from '../registry/api.js';
import { createRepair } from '../repair/api.js';
import { CHECKS, halfAt, INFO, PATROL_MACHINE, parseChecks, spread, workingDaysOf } from './rules.js';
import * as store from './store.js';

interface PatrolProfile {
  unitsPerMonth: number;
  publicPlaces: string[];
  roundsDue: { am: string; pm: string };
}

function settings(s: Session): PatrolProfile {
  const p: Partial<PatrolProfile> = s.profile.patrol ?? {};
  return {
    unitsPerMonth: Math.max(0, Math.floor(Number(p.unitsPerMonth ?? 1))),
    publicPlaces: Array.isArray(p.publicPlaces) ? p.publicPlaces.map(String) : [],
    roundsDue: { am: p.roundsDue?.am ?? '12:00', pm: p.roundsDue?.pm ?? '18:00' },
  };
}

/** `patrol plan [--month]` (R-1100, R-1101): idempotent — what is already planned is not planned again. */
export function plan(io: Io, o: { month?: string }) {
  return write(io, (s) => {
    const today = localDate(s.at, s.tz);
    const month = o.month ?? today.slice(0, 7);
    monthRange(month, s.tz); // validates YYYY-MM
    if (month < today.slice(0, 7)) refuse('E_VALUE', 'err.patrolPast', { month });
    const cfg = settings(s);
    const cal = s.calendar();
    // The working days still ahead: a plan made on the 10th starts on the 10th.
    const days = workingDaysOf(month, cal, month === today.slice(0, 7) ? today : `${month}-01`);
    if (!days.length) refuse('E_VALUE', 'err.patrolNoDays', { month });
    const created: string[] = [];
    // R-1100: every vacant and unsold unit `unitsPerMonth` times, spread evenly over the days.
    const have = store.plannedUnits(s.db, month);
    const todo: Array<{ id: number; code: string }> = [];
    for (const u of store.unitsToPatrol(s.db)) for (let k = have.get(u.id) ?? 0; k < cfg.unitsPerMonth; k++) todo.push(u);
    const dayOf = spread(todo.length, days);
    todo.forEach((u, i) => {
      const r = createRecord(s, { type: 'patrol', prefix: PREFIXES.patrol, status: 'planned', unitId: u.id, data: { plan: month, day: dayOf[i] } });
      store.insertPatrol(s.db, { record_id: r.id, kind: 'unit', month, planned_date: dayOf[i], half: null, places: null, planned: 1 });
      // Due by the end of its planned working day (§0a "the same day", counted from that day).
      openDeadline(s, r, 'patrol', 'R-1100.unit', atLocal(dayOf[i], '00:00:00', s.tz));
      created.push(r.no);
    });
    // R-1101: a morning and an afternoon round over the public places, every working day.
    let rounds = 0;
    if (cfg.publicPlaces.length) {
      const there = store.roundsOf(s.db, month);
      for (const day of days)
        for (const half of ['am', 'pm'] as const) {
          const due = atLocal(day, `${cfg.roundsDue[half]}:00`, s.tz);
          if (there.has(`${day} ${half}`) || Date.parse(due) <= Date.parse(s.at)) continue;
          const r = newRound(s, { month, day, half, places: cfg.publicPlaces, planned: true, due });
          created.push(r.no);
          rounds++;
        }
    }
    return {
      month,
      workingDays: days.length,
      from: days[0],
      units: todo.length,
      rounds,
      places: cfg.publicPlaces,
      added: created.length,
      already: created.length === 0,
      first: created[0] ?? null,
      last: created[created.length - 1] ?? null,
    };
  });
}

function newRound(s: Session, o: { month: string; day: string; half: 'am' | 'pm'; places: string[]; planned: boolean; due: string }): RecordRow {
  const r = createRecord(s, {
    type: 'patrol',
    prefix: PREFIXES.patrol,
    status: 'planned',
    unitId: null,
    data: { plan: o.planned ? o.month : null, day: o.day, half: o.half },
  });
  store.insertPatrol(s.db, {
    record_id: r.id,
    kind: 'round',
    month: o.month,
    planned_date: o.day,
    half: o.half,
    places: JSON.stringify(o.places),
    planned: o.planned ? 1 : 0,
  });
  // The round's due time is the profile's time of that working day (R-1101, like R-304's slots).
  openDeadlineAt(s, r, 'patrol', 'R-1101', o.due);
  return r;
}

export interface RecordOptions {
  unit?: string;
  public?: string;
  ok?: boolean;
  finding?: string;
  check?: string;
  repair?: boolean;
}

/**
 * `patrol record (--unit U | --public P) (--ok | --finding T [--check c,…] [--repair])`:
 * the unit's patrol of this month (or the place's check in the current round) is
 * carried out; a finding with --repair opens a repair order linked to the patrol (R-1100).
 */
export function recordPatrol(io: Io, o: RecordOptions) {
  return write(io, (s) => {
    if (!!o.unit === !!o.public) refuse('E_USAGE', 'err.patrolWhere');
    if (!!o.ok === (o.finding !== undefined)) refuse('E_USAGE', 'err.patrolResult');
    if (o.repair && o.ok) refuse('E_USAGE', 'err.patrolRepairOk');
    if (o.check !== undefined && o.ok) refuse('E_USAGE', 'err.patrolRepairOk');
    const finding = o.finding === undefined ? null : text(o.finding, 'finding');
    let failed: string[] = [];
    if (o.check !== undefined) {
      const p = parseChecks(o.check);
      if (p.bad !== null) refuse('E_VALUE', 'err.choice', { flag: 'check', value: p.bad, choices: CHECKS.join(' ') });
      failed = p.checks;
    }
    const cfg = settings(s);
    const month = localDate(s.at, s.tz).slice(0, 7);
    let r: RecordRow;
    let place: string | null = null;
    if (o.unit) {
      const unit = requireUnit(s, o.unit);
      const open = store.openUnitPatrol(s.db, unit.id, month);
      if (open) r = getRecordById(s.db, open)!;
      else {
        // Not in this month's plan: still recorded, for a vacant or unsold unit (R-1100).
        if (!['vacant', 'unsold'].includes(unit.status)) refuse('E_VALUE', 'err.patrolNotVacant', { unit: unit.code, status: unit.status });
        r = createRecord(s, { type: 'patrol', prefix: PREFIXES.patrol, status: 'planned', unitId: unit.id, data: { plan: null } });
        store.insertPatrol(s.db, { record_id: r.id, kind: 'unit', month, planned_date: null, half: null, places: null, planned: 0 });
      }
    } else {
      place = cfg.publicPlaces.find((p) => p === o.public!.trim()) ?? null;
      if (!place) refuse('E_VALUE', 'err.choice', { flag: 'public', value: o.public, choices: cfg.publicPlaces.join(' ') || '-' });
      const day = localDate(s.at, s.tz);
      const hhmm = formatInstant(s.at, s.tz).slice(11, 16);
      // R-1101: the morning round until its due time, then the afternoon one (made if not planned).
      const half = halfAt(hhmm, cfg.roundsDue.am);
      const id = store.roundOn(s.db, day, half);
      r = id
        ? getRecordById(s.db, id)!
        : newRound(s, { month, day, half, places: cfg.publicPlaces, planned: false, due: atLocal(day, `${cfg.roundsDue[half]}:00`, s.tz) });
      if (store.checksOf(s.db, r.id).some((c) => c.place === place))
        refuse('E_EXISTS', 'err.patrolPlaceDone', { place, no: r.no, half: s.io.t(`patrol.half.${half}`) });
    }
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    let repair: RecordRow | null = null;
    if (finding && o.repair) {
      const kinds = s.profile.repair?.kinds ?? [];
      repair = createRepair(s, {
        unitId: r.unit_id,
        publicPlace: place,
        description: finding,
        kind: place && kinds.includes('public-facility') ? 'public-facility' : undefined,
        source: 'patrol',
        from: r,
        rel: 'finding',
      });
    }
    store.insertCheck(s.db, {
      recordId: r.id,
      place,
      at: s.at,
      clerk: s.io.clerk,
      result: finding ? 'finding' : 'ok',
      failed: failed.length ? JSON.stringify(failed) : null,
      finding,
      repairId: repair?.id ?? null,
    });
    const data = { place, result: finding ? 'finding' : 'ok', failed, finding, repair: repair?.no };
    const p = store.getPatrol(s.db, r.id)!;
    const checked = new Set(store.checksOf(s.db, r.id).map((c) => c.place));
    const complete = p.kind === 'unit' || placesOf(p).every((x) => checked.has(x));
    if (complete && r.status === 'planned') {
      r = move(s, r, PATROL_MACHINE, 'done', 'patrol', data);
      closeDeadline(s, r, 'patrol');
    } else addEvent(s, r, 'patrol', data);
    return { ...view(s, r), recorded: { place, result: data.result, finding, repair: repair?.no ?? null } };
  });
}

/** `patrol resolve <no> --note T`: the findings of a patrol that became no repair order are dealt with (seed 001 §五: 跟进问题处理情况). */
export function resolve(io: Io, no: string, o: { note?: string }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['patrol'], 'patrol');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    const note = text(o.note, 'note');
    const n = store.resolveFindings(s.db, r.id, s.at, note);
    if (!n) refuse('E_STATE', 'err.patrolNothingOpen', { no: r.no });
    addEvent(s, r, 'resolve', { note, findings: n });
    return { ...view(s, r), resolved: n };
  });
}

function placesOf(p: store.PatrolRow): string[] {
  return p.places ? (JSON.parse(p.places) as string[]) : [];
}

function view(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

function checkJson(c: store.CheckRow) {
  return {
    place: c.place,
    at: c.at,
    clerk: c.clerk,
    result: c.result,
    failed: c.failed ? (JSON.parse(c.failed) as string[]) : [],
    finding: c.finding,
    repair: c.repair_no,
    // A finding is closed once resolved, or once its repair order is completed or closed.
    findingOpen: c.result === 'finding' && !c.resolved_at && !['completed', 'closed'].includes(c.repair_status ?? ''),
    resolution: c.resolution,
  };
}

function detail(s: Session, r: RecordRow, pre?: ReturnType<typeof store.patrolsBatch>) {
  const p = pre ? pre.patrols.get(r.id) : store.getPatrol(s.db, r.id);
  if (!p) return {};
  const checks = (pre ? (pre.checks.get(r.id) ?? []) : store.checksOf(s.db, r.id)).map(checkJson);
  const places = placesOf(p);
  return {
    kind: p.kind,
    month: p.month,
    planned: !!p.planned,
    plannedFor: p.planned_date,
    half: p.half,
    target:
      p.kind === 'unit' ? r.unit_code : `${s.io.t('patrol.round')} ${p.planned_date ?? ''} ${p.half ? s.io.t(`patrol.half.${p.half}`) : ''}`.trim(),
    places,
    placesDone: p.kind === 'round' ? checks.length : undefined,
    result: checks.length ? (checks.some((c) => c.result === 'finding') ? 'finding' : 'ok') : null,
    findingsOpen: checks.filter((c) => c.findingOpen).length,
    checks,
  };
}

export const kind: Kind = {
  ...INFO,
  detail: (s, r) => detail(s, r),
  // issue 23: a list reads the patrols and their checks in one statement each
  details(s, rows) {
    const b = store.patrolsBatch(
      s.db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => detail(s, r, b));
  },
  monthlySection,
  exportColumns: {
    header: [
      'csv.patrol.kind',
      'csv.patrol.plannedFor',
      'csv.patrol.half',
      'csv.patrol.place',
      'csv.patrol.result',
      'csv.patrol.failed',
      'csv.patrol.finding',
      'csv.patrol.repair',
      'csv.patrol.clerk',
    ],
    row: (s, r) => {
      const d = detail(s, r) as ReturnType<typeof detail> & { checks?: Array<ReturnType<typeof checkJson>> };
      const cs = d.checks ?? [];
      const join = (f: (c: ReturnType<typeof checkJson>) => string | null) => cs.map(f).filter(Boolean).join('; ');
      return [
        d.kind,
        d.plannedFor,
        d.half,
        join((c) => c.place),
        d.result,
        join((c) => c.failed.join(',') || null),
        join((c) => c.finding),
        join((c) => c.repair),
        join((c) => c.clerk),
      ];
    },
  },
  print(s, r) {
    const p = store.getPatrol(s.db, r.id);
    if (p?.kind === 'round') {
      // A public-area round: one line per place, checked or still blank (R-1101).
      const checks = store.checksOf(s.db, r.id).map(checkJson);
      const rows = placesOf(p).map((place) => {
        const c = checks.find((x) => x.place === place);
        return {
          unit: place,
          plannedFor: p.planned_date,
          at: c?.at ?? null,
          failed: c?.failed ?? [],
          result: c?.result ?? null,
          finding: c?.finding ?? '',
          repair: c?.repair ?? '',
          clerk: c?.clerk ?? null,
        };
      });
      const title = `${s.io.t('patrol.round.title')} ${p.planned_date ?? ''} ${p.half ? s.io.t(`patrol.half.${p.half}`) : ''}`.trim();
      return [{ template: 'patrol-sheet', title, data: { month: p.month, rows, checks: CHECKS, placeHead: true } }];
    }
    const rows = p ? [sheetRow(s, { record_id: r.id, no: r.no, unit: r.unit_code, status: r.status, planned_date: p.planned_date })] : [];
    return [{ template: 'patrol-sheet', title: s.io.t('patrol.sheet.title'), data: { month: p?.month ?? '', rows, checks: CHECKS } }];
  },
};

function sheetRow(s: Session, u: { record_id: number; no: string; unit: string | null; status: string; planned_date: string | null }) {
  const cs = store.checksOf(s.db, u.record_id).map(checkJson);
  const last = cs[cs.length - 1];
  return {
    no: u.no,
    unit: u.unit,
    plannedFor: u.planned_date,
    at: last?.at ?? null,
    failed: [...new Set(cs.flatMap((c) => c.failed))],
    result: last ? (cs.some((c) => c.result === 'finding') ? 'finding' : 'ok') : null,
    finding: cs
      .map((c) => c.finding)
      .filter(Boolean)
      .join('; '),
    repair: cs
      .map((c) => c.repair)
      .filter(Boolean)
      .join(', '),
    clerk: last?.clerk ?? null,
  };
}

/** `patrol sheet [--month] [--format html|pdf] [--out]`: the vacant-unit patrol record sheet 空置房巡查记录表 of a month (R-1100, R-902). */
export async function sheet(io: Io, o: { month?: string; format?: string; out?: string }) {
  const format = o.format ?? 'html';
  if (!['html', 'pdf'].includes(format)) refuse('E_USAGE', 'err.format', { value: format, choices: 'html pdf' });
  if (format === 'pdf' && !o.out) refuse('E_USAGE', 'err.pdfOut');
  if (o.out && fs.existsSync(o.out)) refuse('E_FILE', 'err.outExists', { file: o.out });
  const { month, rows, estate } = read(io, (s) => {
    const m = o.month ?? localDate(s.now, s.tz).slice(0, 7);
    monthRange(m, s.tz);
    return { month: m, rows: store.unitPatrolsOf(s.db, m).map((u) => sheetRow(s, u)), estate: s.profile.estate.name };
  });
  const { renderForms } = await import('../../formats/html.js');
  const title = io.t('patrol.sheet.title');
  const html = renderForms([{ template: 'patrol-sheet', title, data: { month, rows, checks: CHECKS } }], { lang: io.lang, t: io.t, estate });
  if (format === 'pdf') {
    const { htmlToPdf } = await import('../../formats/pdf.js');
    const pdf = await htmlToPdf(html, `${title} ${month}`, io);
    fs.writeFileSync(o.out!, pdf, { mode: 0o600, flag: 'wx' });
    return { month, rows: rows.length, format, out: o.out, bytes: pdf.length };
  }
  if (o.out) fs.writeFileSync(o.out, html, { mode: 0o600, flag: 'wx' });
  return { month, rows: rows.length, format, out: o.out ?? null, bytes: Buffer.byteLength(html), html: o.out ? undefined : html };
}

/** The public places of the profile, for the prompt's picker. */
export function places(io: Io): string[] {
  return read(io, (s) => settings(s).publicPlaces);
}

/** R-1101: the month's patrols done vs planned, missed rounds, findings open/closed (monthly report). */
export function monthlySection(s: Session, from: string) {
  const month = localDate(from, s.tz).slice(0, 7);
  const by = Object.fromEntries(store.patrolMonth(s.db, month, s.now).map((k) => [k.kind, k]));
  const z = { planned: 0, done: 0, onTime: 0, missed: 0, unplanned: 0 };
  const u = { ...z, ...by.unit };
  const rd = { ...z, ...by.round };
  const { to } = monthRange(month, s.tz);
  const f = store.findingsIn(s.db, from, to);
  return {
    unitsPlanned: u.planned,
    unitsDone: u.done,
    unitsMissed: u.missed,
    roundsPlanned: rd.planned,
    roundsDone: rd.done,
    roundsMissed: rd.missed,
    unplanned: u.unplanned + rd.unplanned,
    findings: f.findings,
    findingsOpen: f.findings - f.closed,
    findingsClosed: f.closed,
    repairs: f.repairs,
  };
}
