// CSV imports of units and residents. Every row is checked first
// (a bad line refuses the whole file); rows that differ from the registry are
// listed field by field (line, field, old → new) and applied only with --apply,
// all or nothing, each audited; a file with nothing new writes nothing at all.
import path from 'node:path';
import { refuse } from '../../core/errors.js';
import { mask, maskPhone } from '../../core/identity.js';
import { write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import * as units from './store-units.js';
import * as residents from './store-residents.js';
import { checkResident, checkUnit, mapHeader, RESIDENT_COLUMNS, UNIT_COLUMNS, type Problem, type ResidentValue, type UnitValue } from './rules.js';
import { problemsToRefusal, type Progress } from './usecases.js';
import { unitChanges } from './usecases-life.js';

/** One field of one row that differs from the registry. */
export interface Difference {
  line: number;
  subject: string; // unit code or "resident 12 王伟"
  field: string;
  old: unknown;
  new: unknown;
}

export interface ImportResult {
  file: string;
  encoding: string;
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  differences: Difference[];
  applied: boolean;
  /** The file held a header and no rows (issue 16 point 10): nothing was written, not even an audit row. */
  nothing?: boolean;
}

function mapped(cells: string[], index: Record<string, number>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [f, i] of Object.entries(index)) out[f] = cells[i];
  return out;
}

/** Personal values in a listed difference are masked like every list; the audit log keeps them whole. */
function shown(field: string, v: unknown): unknown {
  if (typeof v !== 'string') return v;
  if (field === 'phone') return maskPhone(v);
  if (field === 'id_number') return mask(v);
  return v;
}

/** Without --apply, differences refuse the file (nothing written) and list every one. */
function refuseDifferences(s: Session, diffs: Difference[]): never {
  const lines = diffs.map((d) =>
    s.io.t('imp.difference', {
      line: d.line,
      subject: d.subject,
      field: d.field,
      old: shown(d.field, d.old) ?? '-',
      new: shown(d.field, d.new) ?? '-',
    }),
  );
  refuse('E_DIFFERS', 'err.importDiffers', { n: diffs.length }, lines);
}

function listed(diffs: Difference[]): Difference[] {
  return diffs.map((d) => ({ ...d, old: shown(d.field, d.old), new: shown(d.field, d.new) }));
}

/** `unit import <csv> [--apply]`. */
export async function importUnits(io: Io, file: string, progress?: Progress, o: { apply?: boolean } = {}): Promise<ImportResult> {
  const { readCsv } = await import('../../formats/csv-in.js'); // csv-parse only for imports (start-up of other commands)
  const csv = readCsv(file);
  return write(io, (s) => {
    const head = mapHeader(csv.header, UNIT_COLUMNS, ['code']);
    if (head.problems.length)
      problemsToRefusal(
        s,
        head.problems.map((problem) => ({ line: 1, problem })),
      );
    const bad: Array<{ line: number; problem: Problem }> = [];
    const good: Array<{ line: number; value: UnitValue }> = [];
    const seen = new Map<string, number>();
    for (const r of csv.rows) {
      const { value, problems } = checkUnit(mapped(r.cells, head.index));
      for (const problem of problems) bad.push({ line: r.line, problem });
      if (!value) continue;
      const k = value.code.toLowerCase();
      if (seen.has(k))
        bad.push({ line: r.line, problem: { field: 'code', key: 'imp.duplicateRow', params: { value: value.code, other: seen.get(k) } } });
      else seen.set(k, r.line);
      good.push({ line: r.line, value });
    }
    if (bad.length)
      problemsToRefusal(
        s,
        bad.sort((a, b) => a.line - b.line),
      );
    const todo: UnitValue[] = [];
    const diffs: Difference[] = [];
    const changes: Array<{ unit: units.UnitRow; value: UnitValue; fields: ReturnType<typeof unitChanges> }> = [];
    let unchanged = 0;
    for (const { line, value } of good) {
      const cur = units.getUnit(s.db, value.code);
      if (!cur) {
        todo.push(value);
        continue;
      }
      // A column the file does not have is not a difference.
      const v = {
        building: 'building' in head.index ? value.building : cur.building,
        floor: 'floor' in head.index ? value.floor : cur.floor,
        areaCenti: 'area' in head.index ? value.areaCenti : cur.area_centi,
        status: 'status' in head.index ? value.status : cur.status,
        code: cur.code,
      };
      const fields = unitChanges(cur, v);
      for (const f of fields) diffs.push({ line, subject: cur.code, field: f.field, old: f.old, new: f.new });
      if (v.status !== cur.status) diffs.push({ line, subject: cur.code, field: 'status', old: cur.status, new: v.status });
      if (fields.length || v.status !== cur.status) changes.push({ unit: cur, value: v, fields });
      else unchanged++;
    }
    if (diffs.length && !o.apply) refuseDifferences(s, diffs);
    const base = { file, encoding: csv.encoding, rows: csv.rows.length, unchanged, differences: listed(diffs), applied: !!o.apply };
    // Nothing new: nothing written, not even an audit row.
    if (!todo.length && !changes.length) return { ...base, added: 0, changed: 0, ...(csv.rows.length ? {} : { nothing: true }) };
    progress?.start(todo.length + changes.length);
    let added = 0;
    for (const v of todo) {
      units.insertUnit(s.db, v, s.now);
      if (++added % 500 === 0) progress?.tick(added);
    }
    const reason = `import ${path.basename(file)}`;
    for (const c of changes) {
      const subject = `unit:${c.unit.code}`;
      if (c.fields.length) {
        units.updateUnit(s.db, c.unit.id, Object.fromEntries(c.fields.map((f) => [f.column, f.store])), s.now);
        for (const f of c.fields) s.audit({ subject, action: 'correct', field: f.field, old: f.old, new: f.new });
      }
      // a status the file says otherwise is set directly, the file named as the reason.
      if (c.value.status !== c.unit.status) {
        units.setUnitStatus(s.db, c.unit, c.value.status, s.at, s.io.clerk, null, { event: 'status', reason });
        s.audit({ subject, action: 'status', field: 'status', old: c.unit.status, new: c.value.status });
      }
      s.audit({ subject, action: 'correct', field: 'reason', new: reason });
    }
    progress?.tick(added + changes.length);
    progress?.stop();
    s.audit({ subject: 'units', action: 'import', field: 'file', new: { file, added, changed: changes.length, unchanged } });
    return { ...base, added, changed: changes.length };
  });
}

/** `resident import <csv> [--apply]`: a person is named by the `id` column (as exported) or else by their document. */
export async function importResidents(io: Io, file: string, progress?: Progress, o: { apply?: boolean } = {}): Promise<ImportResult> {
  const { readCsv } = await import('../../formats/csv-in.js');
  const csv = readCsv(file);
  return write(io, (s) => {
    const head = mapHeader(csv.header, RESIDENT_COLUMNS, ['name', 'role', 'id_number', 'unit']);
    if (head.problems.length)
      problemsToRefusal(
        s,
        head.problems.map((problem) => ({ line: 1, problem })),
      );
    const hasPhone = 'phone' in head.index;
    const bad: Array<{ line: number; problem: Problem }> = [];
    type Row = { line: number; value: ResidentValue; unitId: number | null; person: residents.ResidentRow | undefined };
    const good: Row[] = [];
    const people = new Map<string, { name: string; line: number }>();
    for (const r of csv.rows) {
      const cells = mapped(r.cells, head.index);
      const rawId = (cells.id ?? '').trim();
      // A person exported without a current unit re-imports with an empty unit: their own fields only.
      const noUnit = !(cells.unit ?? '').trim();
      const { value, problems } = checkResident(noUnit ? { ...cells, unit: 'X' } : cells);
      for (const problem of problems) bad.push({ line: r.line, problem });
      if (rawId && !/^\d{1,9}$/.test(rawId)) bad.push({ line: r.line, problem: { field: 'id', key: 'imp.residentId', params: { value: rawId } } });
      if (!value) continue;
      let person: residents.ResidentRow | undefined;
      if (rawId && /^\d{1,9}$/.test(rawId)) {
        person = residents.getResident(s.db, Number(rawId));
        if (!person) {
          bad.push({ line: r.line, problem: { field: 'id', key: 'imp.residentId', params: { value: rawId } } });
          continue;
        }
      } else if (value.idNumber) person = residents.findByDocument(s.db, value.idType, value.idNumber);
      if (noUnit && !person) {
        bad.push({ line: r.line, problem: { field: 'unit', key: 'imp.required' } });
        continue;
      }
      let unitId: number | null = null;
      if (!noUnit) {
        const unit = units.getUnit(s.db, value.unit);
        if (!unit) {
          bad.push({ line: r.line, problem: { field: 'unit', key: 'imp.noUnit', params: { value: value.unit } } });
          continue;
        }
        unitId = unit.id;
      }
      const doc = `${value.idType}:${value.idNumber}`;
      const p = people.get(doc);
      if (p && p.name !== value.name) bad.push({ line: r.line, problem: { field: 'id_number', key: 'imp.sameDocument', params: { other: p.line } } });
      else if (!p) people.set(doc, { name: value.name, line: r.line });
      // The document must not belong to someone else than the person the row names.
      const holder = value.idNumber ? residents.findByDocument(s.db, value.idType, value.idNumber) : undefined;
      if (person && holder && holder.id !== person.id)
        bad.push({ line: r.line, problem: { field: 'id_number', key: 'imp.residentConflict', params: { id: holder.id, name: holder.name } } });
      good.push({ line: r.line, value: { ...value, unit: noUnit ? '' : value.unit }, unitId, person });
    }
    if (bad.length)
      problemsToRefusal(
        s,
        bad.sort((a, b) => a.line - b.line),
      );
    // What each row adds or changes; a person's own fields once (their first row).
    const diffs: Difference[] = [];
    const personFields = new Map<number, Record<string, unknown>>();
    const roleChanges: Array<{ unitId: number; code: string; personId: number; old: string; new: string }> = [];
    let unchanged = 0;
    let added = 0;
    for (const g of good) {
      const subject = g.person ? `${g.person.id} ${g.person.name}` : g.value.name;
      let same = true;
      if (g.person && !personFields.has(g.person.id)) {
        const fields: Record<string, unknown> = {};
        const cur = g.person;
        const push = (field: string, old: unknown, now: unknown) => {
          if (old === now) return;
          fields[field] = now;
          diffs.push({ line: g.line, subject, field, old, new: now });
        };
        push('name', cur.name, g.value.name);
        if (hasPhone) push('phone', cur.phone, g.value.phone);
        push('id_type', cur.id_type, g.value.idType);
        push('id_number', cur.id_number, g.value.idNumber);
        personFields.set(cur.id, fields);
        if (Object.keys(fields).length) same = false;
      }
      if (g.unitId !== null) {
        const link = g.person ? residents.linkOf(s.db, g.unitId, g.person.id) : undefined;
        if (!link) {
          added++;
          same = false;
        } else if (link.role !== g.value.role) {
          diffs.push({ line: g.line, subject, field: `role@${g.value.unit}`, old: link.role, new: g.value.role });
          roleChanges.push({ unitId: g.unitId, code: g.value.unit, personId: g.person!.id, old: link.role, new: g.value.role });
          same = false;
        }
      }
      if (same) unchanged++;
    }
    if (diffs.length && !o.apply) refuseDifferences(s, diffs);
    const changedPeople = [...personFields.entries()].filter(([, f]) => Object.keys(f).length);
    const base = { file, encoding: csv.encoding, rows: csv.rows.length, unchanged, differences: listed(diffs), applied: !!o.apply };
    if (!added && !changedPeople.length && !roleChanges.length)
      return { ...base, added: 0, changed: 0, ...(csv.rows.length ? {} : { nothing: true }) };
    progress?.start(good.length);
    const reason = `import ${path.basename(file)}`;
    for (const [id, f] of changedPeople) {
      const cur = residents.getResident(s.db, id)!;
      residents.updateResident(s.db, id, f as Parameters<typeof residents.updateResident>[2], s.now);
      for (const [field, v] of Object.entries(f))
        s.audit({ subject: `resident:${id}`, action: 'correct', field, old: cur[field as keyof typeof cur], new: v });
      s.audit({ subject: `resident:${id}`, action: 'correct', field: 'reason', new: reason });
    }
    for (const c of roleChanges) {
      residents.setLinkRole(s.db, c.unitId, c.personId, c.new);
      s.audit({ subject: `resident:${c.personId}`, action: 'correct', field: `role@${c.code}`, old: c.old, new: c.new });
    }
    let i = 0;
    for (const g of good) {
      if (g.unitId !== null) {
        let id = g.person?.id ?? residents.findByDocument(s.db, g.value.idType, g.value.idNumber!)?.id;
        if (id === undefined) {
          id = residents.insertResident(s.db, g.value, s.now);
          s.audit({ subject: `resident:${id}`, action: 'create', field: 'name', new: g.value.name });
        }
        if (residents.linkUnit(s.db, g.unitId, id, g.value.role, s.at))
          s.audit({ subject: `resident:${id}`, action: 'link', field: 'unit', new: `${g.value.unit}:${g.value.role}` });
      }
      if (++i % 500 === 0) progress?.tick(i);
    }
    progress?.tick(i);
    progress?.stop();
    const changed = changedPeople.length + roleChanges.length;
    s.audit({ subject: 'residents', action: 'import', field: 'file', new: { file, added, changed, unchanged } });
    return { ...base, added, changed };
  });
}
