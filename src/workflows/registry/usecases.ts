// §1 registry use-cases: init, units and residents (add, import, list, show).
import fs from 'node:fs';
import { refuse, Refusal } from '../../core/errors.js';
import { reason as reasonText } from '../../core/input.js';
import { checkResident, checkUnit, type Problem, type ResidentValue } from './rules.js';
import { openDb, latestVersion, schemaVersion, migrate, inTx } from '../../core/store/db.js';
import * as units from './store-units.js';
import * as residents from './store-residents.js';
import { setProfileValue } from '../../core/store/profile.js';
import { makeSession, read, resolveNow, write, type Session } from '../../core/session.js';
import { checkSetting, defaultProfile, getAt, resolvePath, unreadSetting } from '../../core/profile.js';
import type { Io } from '../../core/io.js';

// ── init ─────────────────────────────────────────────────────────────────
export interface InitResult {
  db: string;
  created: boolean;
  from: number;
  to: number;
  backup: string | null;
  estate: string;
}

/** Create or upgrade the database (idempotent); a backup is taken before an upgrade. */
export function init(io: Io, o: { estate?: string; profile?: string }): InitResult {
  const created = !fs.existsSync(io.dbFile);
  let overrides: Array<{ key: string; value: unknown }> = [];
  if (o.profile) overrides = readProfileFile(o.profile);
  if (o.estate !== undefined && !o.estate.trim()) refuse('E_VALUE', 'err.text', { flag: 'estate', max: 64 });
  const db = openDb(io.dbFile, { create: true, noCheck: true });
  try {
    const before = schemaVersion(db);
    const up = migrate(db, io.dbFile, { now: () => resolveNow(io, 'Asia/Shanghai') });
    const s = makeSession(io, db);
    inTx(db, () => {
      for (const { key, value } of overrides) {
        setProfileValue(db, key, value);
        s.audit({ subject: 'profile', action: 'set', field: key, new: value });
      }
      if (o.estate) {
        const old = s.profile.estate.name;
        if (old !== o.estate.trim()) {
          setProfileValue(db, 'estate.name', o.estate.trim());
          s.audit({ subject: 'profile', action: 'set', field: 'estate.name', old, new: o.estate.trim() });
        }
      }
      if (before === 0) s.audit({ subject: 'database', action: 'init', field: 'schema', old: 0, new: up.to });
      else if (up.to > before) s.audit({ subject: 'database', action: 'upgrade', field: 'schema', old: before, new: up.to });
    });
    const estate = makeSession(io, db).profile.estate.name;
    return { db: io.dbFile, created, from: before, to: Math.max(up.to, before), backup: up.backup, estate };
  } finally {
    db.close();
  }
}

function readProfileFile(file: string): Array<{ key: string; value: unknown }> {
  let obj: unknown;
  try {
    obj = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    refuse('E_FILE', 'err.profileFile', { file });
  }
  const out: Array<{ key: string; value: unknown }> = [];
  const walk = (node: object, prefix: string[]) => {
    for (const [k, v] of Object.entries(node)) {
      const key = [...prefix, k].join('.');
      const leaf = v === null || typeof v !== 'object' || Array.isArray(v) || key === 'calendar.years' || /^calendar\.years\.\d{4}$/.test(key);
      if (leaf && key !== 'calendar.years') {
        // A copy of the defaults may hold the settings no rule reads yet: skip them while unchanged.
        const path = unreadSetting(key) ? resolvePath(defaultProfile(), key) : null;
        if (path && JSON.stringify(getAt(defaultProfile(), path)) === JSON.stringify(v)) continue;
        out.push(checkSetting(key, JSON.stringify(v)));
      } else walk(v, [...prefix, k]);
    }
  };
  walk(obj as object, []); // a JSON object (any other value fails or yields nothing, as Object.entries does)
  return out;
}

export { latestVersion };

// ── units ────────────────────────────────────────────────────────────────
export interface UnitJson {
  code: string;
  building: string | null;
  floor: number | null;
  area: number | null;
  status: string;
  createdAt: string;
  updatedAt: string;
}

export function unitJson(u: units.UnitRow): UnitJson {
  return {
    code: u.code,
    building: u.building,
    floor: u.floor,
    area: u.area_centi === null ? null : u.area_centi / 100,
    status: u.status,
    createdAt: u.created_at,
    updatedAt: u.updated_at,
  };
}

export function requireUnit(s: Session, code: string): units.UnitRow {
  const u = units.getUnit(s.db, String(code).trim());
  if (!u) refuse('E_NOT_FOUND', 'err.noUnit', { code });
  return u;
}

export function problemsToRefusal(s: Session | { io: Io }, list: Array<{ line?: number; problem: Problem }>, code = 'E_VALUE'): never {
  const t = s.io.t;
  const lines = list.map(({ line, problem }) => {
    const msg = t(problem.key, { field: problem.field, ...problem.params });
    return line === undefined ? `${problem.field}: ${msg}` : t('imp.line', { line, field: problem.field, message: msg });
  });
  if (list.some((p) => p.line !== undefined)) refuse('E_IMPORT', 'err.importRefused', { n: lines.length }, lines);
  refuse(code, 'err.invalid', { message: lines.join('; ') });
}

export function addUnit(io: Io, o: { code: string; building?: string; floor?: string; area?: string; status?: string }): UnitJson {
  return write(io, (s) => {
    const { value, problems } = checkUnit(o);
    if (!value)
      problemsToRefusal(
        s,
        problems.map((problem) => ({ problem })),
      );
    if (units.getUnit(s.db, value.code)) refuse('E_EXISTS', 'err.unitExists', { code: value.code });
    const id = units.insertUnit(s.db, value, s.now);
    s.audit({ subject: `unit:${value.code}`, action: 'create', field: 'status', new: value.status });
    return unitJson(units.getUnitById(s.db, id)!);
  });
}

export function listUnits(io: Io, o: { status?: string; building?: string }): UnitJson[] {
  return read(io, (s) => units.listUnits(s.db, o).map(unitJson));
}

/** Read, or — with --unmask — write the audit row that says who saw what and why. */
export function readUnmasked<T>(io: Io, u: { unmask?: boolean; reason?: string }, subject: string, fn: (s: Session) => T): T {
  if (!u.unmask) return read(io, fn);
  const why = reasonText(u.reason, 'reason', 'err.unmaskReason');
  return write(io, (s) => {
    s.audit({ subject, action: 'unmask', field: 'reason', new: why });
    return fn(s);
  });
}

export function showUnit(io: Io, code: string, u: { unmask?: boolean; reason?: string } = {}) {
  return readUnmasked(io, u, `unit:${code}`, (s) => {
    const unit = requireUnit(s, code);
    const mask = maskers(io, !!u.unmask);
    return {
      ...unitJson(unit),
      residents: residents.residentsOfUnit(s.db, unit.id).map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        idType: r.id_type,
        idNumber: mask.id(r.id_number),
        phone: mask.phone(r.phone),
        since: r.since,
      })),
      keys: keysOfUnit(s, unit.id),
      records: units.openRecordsOfUnit(s.db, unit.id),
      history: units.unitHistory(s.db, unit.id).map((h) => ({ at: h.at, from: h.old_status, to: h.new_status, no: h.no })),
    };
  });
}

function keysOfUnit(s: Session, unitId: number) {
  return units.keySetsOfUnit(s.db, unitId);
}

// ── residents ────────────────────────────────────────────────────────────
import { mask as maskId, maskPhone } from '../../core/identity.js';

export function maskers(_io: Io, unmask = false) {
  return {
    id: (v: string | null) => (v == null ? null : unmask ? v : maskId(v)),
    phone: (v: string | null) => (v == null ? null : unmask ? v : maskPhone(v)),
  };
}

export function residentJson(r: residents.ResidentRow & { units?: string | null }, unmask = false) {
  return {
    id: r.id,
    name: r.name,
    idType: r.id_type,
    idNumber: r.id_number == null ? null : unmask ? r.id_number : maskId(r.id_number),
    phone: r.phone == null ? null : unmask ? r.phone : maskPhone(r.phone),
    units:
      r.units === undefined
        ? undefined
        : (r.units ?? '')
            .split(', ')
            .filter(Boolean)
            .map((x) => {
              const i = x.lastIndexOf(':');
              return { unit: x.slice(0, i), role: x.slice(i + 1) };
            }),
  };
}

/** Store one checked resident row: reuse the person by document, link the unit. */
function putResident(s: Session, v: ResidentValue, unitId: number): { id: number; created: boolean; linked: boolean; conflict?: string } {
  const existing = v.idNumber ? residents.findByDocument(s.db, v.idType, v.idNumber) : undefined;
  let id: number;
  let created = false;
  if (existing) {
    if (existing.name !== v.name) return { id: existing.id, created, linked: false, conflict: existing.name };
    id = existing.id;
  } else {
    id = residents.insertResident(s.db, v, s.now);
    created = true;
    s.audit({ subject: `resident:${id}`, action: 'create', field: 'name', new: v.name });
  }
  const link = residents.linkOf(s.db, unitId, id);
  if (link && link.role !== v.role) return { id, created, linked: false, conflict: link.role };
  const linked = residents.linkUnit(s.db, unitId, id, v.role, s.at);
  if (linked) s.audit({ subject: `resident:${id}`, action: 'link', field: 'unit', new: `${v.unit}:${v.role}` });
  return { id, created, linked };
}

export function addResident(
  io: Io,
  o: { name: string; role: string; idType?: string; idNumber: string; phone?: string; unit: string; unmask?: boolean },
) {
  return write(io, (s) => {
    const { value, problems } = checkResident({ name: o.name, role: o.role, id_type: o.idType, id_number: o.idNumber, phone: o.phone, unit: o.unit });
    if (!value)
      problemsToRefusal(
        s,
        problems.map((problem) => ({ problem })),
      );
    const unit = requireUnit(s, value.unit);
    const r = putResident(s, value, unit.id);
    if (r.conflict) refuse('E_EXISTS', 'err.residentConflict', { id: r.id, name: r.conflict });
    if (!r.created && !r.linked) refuse('E_EXISTS', 'err.residentExists', { id: r.id, unit: unit.code });
    return residentJson(residents.listResidents(s.db, {}).find((x) => x.id === r.id)!);
  });
}

export function listResidents(io: Io, o: { unit?: string; name?: string; unmask?: boolean; reason?: string }) {
  return readUnmasked(io, o, 'residents', (s) => {
    const unitId = o.unit ? requireUnit(s, o.unit).id : undefined;
    return residents.listResidents(s.db, { unitId, name: o.name }).map((r) => residentJson(r, !!o.unmask));
  });
}

export function showResident(io: Io, idText: string, o: { unmask?: boolean; reason?: string } = {}) {
  return readUnmasked(io, o, `resident:${idText}`, (s) => {
    const r = resolveResident(s, idText);
    return { ...residentJson(r, !!o.unmask), units: residents.unitsOfResident(s.db, r.id) };
  });
}

/**
 * The residents of a unit with their role and full phone, for the desk's
 * resident picker: it fills the record with the phone and shows it masked.
 */
export function unitResidents(io: Io, code: string): Array<{ id: number; name: string; role: string; phone: string | null }> {
  return read(io, (s) => {
    const unit = requireUnit(s, code);
    return residents
      .listResidents(s.db, { unitId: unit.id })
      .map((r) => ({ id: r.id, name: r.name, role: residents.linkOf(s.db, unit.id, r.id)?.role ?? '', phone: r.phone }));
  });
}

/** `<resident>`: the id shown by `resident list` or, when unambiguous, the name (cli.md). */
export function resolveResident(s: Session, text: string, unitId?: number): residents.ResidentRow {
  const v = String(text).trim();
  if (/^\d+$/.test(v)) {
    const r = residents.getResident(s.db, Number(v));
    if (!r) refuse('E_NOT_FOUND', 'err.noResident', { value: v });
    return r;
  }
  let found = residents.findByName(s.db, v);
  if (unitId !== undefined && found.length > 1) found = found.filter((r) => residents.linkOf(s.db, unitId, r.id));
  if (found.length === 1) return found[0];
  if (!found.length) refuse('E_NOT_FOUND', 'err.noResident', { value: v });
  refuse('E_AMBIGUOUS', 'err.ambiguousResident', { value: v, ids: found.map((r) => r.id).join(', ') });
}

// ── import ───────────────────────────────────────────────────────
export interface Progress {
  start(total: number): void;
  tick(n: number): void;
  stop(): void;
}

export { Refusal };
