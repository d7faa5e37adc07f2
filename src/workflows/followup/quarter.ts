// R-803 planned follow-ups (seed 000 第13條): each officer on the roster follows up every
// household lived in of their building areas once a quarter, spread evenly over the quarter's
// working days (deterministic, like R-801); the centre's director (roster role `manager`)
// visits `followup.directorVisitsPerYear` times a year (1–2). Each planned follow-up is an HF
// record (status `due`, its own source) closed by `followup record <HF-no>` like any other.
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { atLocal, localDate } from '../../core/time.js';
import { createRecord, openDeadline } from '../../core/loop.js';
import { write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import { rosterOf } from '../staff/api.js';
import { directorDays, LIVED_IN, quarterOf, quarterRange, spreadOver, workingDaysBetween } from './rules.js';
import { insertFollowup, insertPlan, livedInUnits, planProgress, plannedIn } from './store.js';

/** The quarter a command names (`--quarter YYYYQn`), else today's; refused when malformed. */
export function quarterArg(s: Session, q: string | undefined): { quarter: string; first: string; last: string } {
  const quarter = (q ?? quarterOf(localDate(s.now, s.tz))).trim().toUpperCase();
  const r = quarterRange(quarter);
  if (!r) refuse('E_VALUE', 'err.quarter', { value: q ?? '' });
  return { quarter, first: r.first, last: r.last };
}

/** `followup plan [--quarter YYYYQn]`: adds what the quarter's plan lacks; a quarter already planned is refused, saying so. */
export function planQuarter(io: Io, o: { quarter?: string }) {
  return write(io, (s) => {
    const { quarter, first, last } = quarterArg(s, o.quarter);
    const today = localDate(s.at, s.tz);
    if (last < today) refuse('E_VALUE', 'err.planPast', { quarter });
    const cal = s.calendar();
    // The working days still ahead: a plan made in the quarter starts today.
    const days = workingDaysBetween(first > today ? first : today, last, cal);
    if (!days.length) refuse('E_VALUE', 'err.planNoDays', { quarter });
    const have = plannedIn(s.db, quarter);
    const officers = rosterOf(s.db, { role: 'officer' }).filter((m) => m.areas);
    const created: Array<{ no: string; officer: string; unit: string | null; day: string }> = [];
    const make = (p: {
      unitId: number | null;
      unit: string | null;
      officer: string;
      area: string | null;
      day: string;
      kind: 'household' | 'director';
    }) => {
      const reason = p.kind === 'director' ? 'R-803.director' : 'R-803';
      const hf = createRecord(s, {
        type: 'followup',
        prefix: PREFIXES.followup,
        status: 'due',
        unitId: p.unitId,
        data: { plan: quarter, officer: p.officer, area: p.area, day: p.day, reason },
      });
      // A planned follow-up has no source record: it is its own (the followups row names itself).
      insertFollowup(s.db, { recordId: hf.id, sourceId: hf.id, reason });
      insertPlan(s.db, { record_id: hf.id, quarter, kind: p.kind, officer: p.officer, area: p.area, planned_date: p.day });
      // Due by the end of its planned working day (§0a "the same day", counted from that day).
      openDeadline(s, hf, 'followup', 'R-803.planned', atLocal(p.day, '00:00:00', s.tz));
      created.push({ no: hf.no, officer: p.officer, unit: p.unit, day: p.day });
    };
    const perOfficer: Array<{ officer: string; areas: string[]; households: number; added: number }> = [];
    for (const m of officers) {
      const areas = m.areas!.split(',');
      const units = livedInUnits(s.db, areas, LIVED_IN);
      const todo = units.filter((u) => !have.households.has(`${m.name}|${u.id}`));
      const on = spreadOver(todo.length, days);
      for (const [i, u] of todo.entries()) make({ unitId: u.id, unit: u.code, officer: m.name, area: u.building, day: on[i], kind: 'household' });
      perOfficer.push({ officer: m.name, areas, households: units.length, added: todo.length });
    }
    // The director's visits of the year that fall in this quarter (and are still ahead).
    const perYear = Math.max(0, Math.min(2, Math.floor(Number(s.profile.followup?.directorVisitsPerYear ?? 2))));
    const director = rosterOf(s.db, { role: 'manager' })[0]?.name ?? null;
    const year = quarter.slice(0, 4);
    const visits = directorDays(perYear, workingDaysBetween(`${year}-01-01`, `${year}-12-31`, cal)).filter(
      (d) => d >= first && d <= last && d >= today,
    );
    let directorAdded = 0;
    if (director)
      for (const d of visits.filter((x) => !have.director.has(x))) {
        make({ unitId: null, unit: null, officer: director, area: null, day: d, kind: 'director' });
        directorAdded++;
      }
    if (!created.length) {
      if (have.total) refuse('E_EXISTS', 'err.planAlready', { quarter, n: have.total });
      refuse('E_STATE', 'err.planNothing', { quarter });
    }
    return {
      quarter,
      from: days[0],
      to: days[days.length - 1],
      workingDays: days.length,
      officers: perOfficer,
      director: director ? { name: director, visits: visits, added: directorAdded } : null,
      added: created.length,
      planned: created,
    };
  });
}

export interface PlanProgress {
  quarter: string;
  byOfficer: Array<{ officer: string; planned: number; done: number }>;
  byArea: Array<{ area: string; planned: number; done: number }>;
  director: Array<{ officer: string; planned: number; done: number }>;
}

/** a quarter's planned vs done (done before `until`), by officer and by building area. */
export function planProgressOf(s: Session, quarter: string, until: string): PlanProgress {
  const rows = planProgress(s.db, quarter, until);
  const sum = (key: (r: (typeof rows)[number]) => string, xs: typeof rows) => {
    const m = new Map<string, { planned: number; done: number }>();
    for (const r of xs) {
      const k = key(r);
      const v = m.get(k) ?? { planned: 0, done: 0 };
      m.set(k, { planned: v.planned + r.planned, done: v.done + r.done });
    }
    return [...m.entries()];
  };
  const hh = rows.filter((r) => r.kind === 'household');
  return {
    quarter,
    byOfficer: sum((r) => r.officer, hh).map(([officer, v]) => ({ officer, ...v })),
    byArea: sum((r) => r.area ?? '', hh)
      .map(([area, v]) => ({ area, ...v }))
      .sort((a, b) => a.area.localeCompare(b.area)),
    director: sum(
      (r) => r.officer,
      rows.filter((r) => r.kind === 'director'),
    ).map(([officer, v]) => ({ officer, ...v })),
  };
}
