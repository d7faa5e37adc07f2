// The staff roster 人员名册: add, list, leave. Once anyone is on it, the
// session refuses a clerk who is not an active member (core/session.ts checkClerk).
import { refuse } from '../../core/errors.js';
import { choice, text } from '../../core/input.js';
import { localDate, parseInstant } from '../../core/time.js';
import { read, write } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import * as store from './store.js';
import { parseAreas, STAFF_ROLES, staffRole } from './rules.js';

export interface StaffJson {
  id: number;
  name: string;
  role: string;
  dept: string | null;
  areas: string[];
  since: string;
  leftAt: string | null;
  active: boolean;
}

function staffJson(m: store.StaffRow): StaffJson {
  return {
    id: m.id,
    name: m.name,
    role: m.role,
    dept: m.dept,
    areas: m.areas ? m.areas.split(',') : [],
    since: m.since,
    leftAt: m.left_at,
    active: m.left_at === null,
  };
}

/** `staff add --name N --role R [--dept D] [--areas A,B]`. */
export function addStaff(io: Io, o: { name?: string; role?: string; dept?: string; areas?: string }): StaffJson {
  return write(io, (s) => {
    const name = text(o.name, 'name', 32);
    const role = o.role === undefined ? choice(undefined, 'role', STAFF_ROLES) : staffRole(o.role);
    if (!role) refuse('E_VALUE', 'err.choice', { flag: 'role', value: o.role, choices: STAFF_ROLES.join(' ') });
    const dept = o.dept === undefined ? null : text(o.dept, 'dept', 32);
    const areas = o.areas === undefined ? null : parseAreas(o.areas);
    if (areas === null && o.areas !== undefined) refuse('E_VALUE', 'err.text', { flag: 'areas', max: 32 });
    if (store.activeByName(s.db, name)) refuse('E_EXISTS', 'err.staffExists', { name });
    const id = store.insertStaff(s.db, { name, role, dept, areas: areas?.length ? areas.join(',') : null, since: s.at }, s.now);
    s.audit({ subject: `staff:${name}`, action: 'create', field: 'role', new: role });
    return staffJson(store.listStaff(s.db, { all: true }).find((m) => m.id === id)!);
  });
}

export function listStaff(io: Io, o: { all?: boolean; role?: string }): StaffJson[] {
  return read(io, (s) => {
    const role = o.role === undefined ? undefined : staffRole(o.role);
    if (role === null) refuse('E_VALUE', 'err.choice', { flag: 'role', value: o.role, choices: STAFF_ROLES.join(' ') });
    return store.listStaff(s.db, { all: o.all, role }).map(staffJson);
  });
}

/** `staff leave <name> [--date D]`: the member stays on file, no longer active. */
export function leaveStaff(io: Io, name: string, o: { date?: string }): StaffJson {
  return write(io, (s) => {
    const m = store.activeByName(s.db, String(name ?? '').trim());
    if (!m) refuse('E_NOT_FOUND', 'err.noStaff', { name });
    // A bare date is the end of that day, never later than now; a day after today is refused.
    let at = o.date ? parseInstant(o.date, s.tz, { flag: 'date', endOfDay: true }) : s.at;
    if (localDate(at, s.tz) > localDate(s.now, s.tz))
      refuse('E_VALUE', 'err.dateFuture', { flag: 'date', value: o.date, today: localDate(s.now, s.tz) });
    if (Date.parse(at) > Date.parse(s.at)) at = s.at;
    if (Date.parse(at) < Date.parse(m.since)) refuse('E_VALUE', 'err.leaveBeforeSince', { name: m.name, since: m.since.slice(0, 10) });
    store.setLeft(s.db, m.id, at);
    s.audit({ subject: `staff:${m.name}`, action: 'leave', field: 'active', old: true, new: false, at });
    return staffJson({ ...m, left_at: at });
  });
}

/** what the prompts offer — the active members (of some roles) or their departments. */
export function rosterChoices(io: Io, what: 'person' | 'dept', roles?: readonly string[]): string[] {
  return read(io, (s) => {
    const members = store.listStaff(s.db).filter((m) => !roles?.length || roles.includes(m.role));
    const words = what === 'dept' ? members.map((m) => m.dept).filter((d): d is string => !!d) : members.map((m) => m.name);
    return [...new Set(words)];
  });
}
