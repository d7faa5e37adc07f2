// The registry over time: corrections of units and residents with
// a reason (old → new in the audit log), residents ended on a unit, and the
// unit's life events (move-in, move-out, a status set directly) with their time.
import { refuse } from '../../core/errors.js';
import { normalizeDocument, normalizePhone, ID_TYPES, type IdType } from '../../core/identity.js';
import { text } from '../../core/input.js';
import { localDate, parseInstant, type Instant } from '../../core/time.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import * as units from './store-units.js';
import * as residents from './store-residents.js';
import { checkUnit, lifeStep, ROLES, UNIT_STATUSES, unitStatus, type LifeEvent } from './rules.js';
import { requireUnit, resolveResident, residentJson, unitJson } from './usecases.js';

/** A reason for a correction or a status set directly: required text. */
function reasonOf(r: string | undefined): string {
  if (!r?.trim()) refuse('E_USAGE', 'err.reasonRequired');
  return text(r, 'reason', 200);
}

/**
 * `--date D` of a life event: a bare date is the end of that day, never
 * later than now; a datetime is taken as given. A date after today is refused.
 */
export function eventTime(s: Session, date: string | undefined): Instant {
  if (!date) return s.at;
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(date.trim());
  const at = parseInstant(date, s.tz, { flag: 'date', endOfDay: bare });
  if (bare && localDate(at, s.tz) === localDate(s.now, s.tz)) return Date.parse(s.at) < Date.parse(at) ? s.at : at;
  if (Date.parse(at) > Date.parse(s.now) + 60_000) refuse('E_VALUE', 'err.dateFuture', { flag: 'date', value: date, today: localDate(s.now, s.tz) });
  return at;
}

// ── corrections ───────────────────────────────────────────────────
/** `unit edit <code> [--building] [--floor] [--area] --reason`: each changed field audited old → new. */
export function editUnit(io: Io, code: string, o: { building?: string; floor?: string; area?: string; reason?: string }) {
  return write(io, (s) => {
    const unit = requireUnit(s, code);
    const reason = reasonOf(o.reason);
    const cur = unitJson(unit);
    const { value, problems } = checkUnit({
      code: unit.code,
      building: o.building ?? unit.building ?? '',
      floor: o.floor ?? (unit.floor === null ? '' : String(unit.floor)),
      area: o.area ?? (cur.area === null ? '' : String(cur.area)),
      status: unit.status,
    });
    if (!value) refuse('E_VALUE', 'err.invalid', { message: problems.map((p) => `--${p.field}: ${s.io.t(p.key, { ...p.params })}`).join('; ') });
    const changes = unitChanges(unit, value);
    if (!changes.length) refuse('E_USAGE', 'err.noChange', { what: unit.code });
    units.updateUnit(s.db, unit.id, Object.fromEntries(changes.map((c) => [c.column, c.store])), s.now);
    for (const c of changes) s.audit({ subject: `unit:${unit.code}`, action: 'correct', field: c.field, old: c.old, new: c.new });
    s.audit({ subject: `unit:${unit.code}`, action: 'correct', field: 'reason', new: reason });
    return { ...unitJson(units.getUnitById(s.db, unit.id)!), changes: changes.map(({ field, old, new: n }) => ({ field, old, new: n })), reason };
  });
}

type UnitChange = { field: string; column: 'building' | 'floor' | 'area_centi'; old: unknown; new: unknown; store: string | number | null };

/** The fields of a stored unit that differ from a checked value (edit and re-import, R-105). */
export function unitChanges(u: units.UnitRow, v: { building: string | null; floor: number | null; areaCenti: number | null }): UnitChange[] {
  const out: UnitChange[] = [];
  if (u.building !== v.building) out.push({ field: 'building', column: 'building', old: u.building, new: v.building, store: v.building });
  if (u.floor !== v.floor) out.push({ field: 'floor', column: 'floor', old: u.floor, new: v.floor, store: v.floor });
  if (u.area_centi !== v.areaCenti)
    out.push({
      field: 'area',
      column: 'area_centi',
      old: u.area_centi === null ? null : u.area_centi / 100,
      new: v.areaCenti === null ? null : v.areaCenti / 100,
      store: v.areaCenti,
    });
  return out;
}

/** `resident edit <id> [--name] [--phone] [--id-type] [--id-number] [--role --unit] --reason`. */
export function editResident(
  io: Io,
  idText: string,
  o: { name?: string; phone?: string; idType?: string; idNumber?: string; role?: string; unit?: string; reason?: string },
) {
  return write(io, (s) => {
    const r = resolveResident(s, idText);
    const reason = reasonOf(o.reason);
    const changes: Array<{ field: string; old: unknown; new: unknown }> = [];
    const fields: Parameters<typeof residents.updateResident>[2] = {};
    if (o.name !== undefined) {
      const name = text(o.name, 'name', 64);
      if (name !== r.name) {
        fields.name = name;
        changes.push({ field: 'name', old: r.name, new: name });
      }
    }
    if (o.phone !== undefined) {
      const phone = o.phone.trim() ? normalizePhone(o.phone) : null;
      if (phone !== r.phone) {
        fields.phone = phone;
        changes.push({ field: 'phone', old: r.phone, new: phone });
      }
    }
    if (o.idType !== undefined || o.idNumber !== undefined) {
      const type = (o.idType ?? r.id_type) as IdType;
      if (!(ID_TYPES as readonly string[]).includes(type))
        refuse('E_VALUE', 'err.choice', { flag: 'id-type', value: type, choices: ID_TYPES.join(' ') });
      const number = normalizeDocument(type, o.idNumber ?? r.id_number ?? '', 'id-number');
      const other = residents.findByDocument(s.db, type, number);
      if (other && other.id !== r.id) refuse('E_EXISTS', 'err.residentConflict', { id: other.id, name: other.name });
      if (type !== r.id_type) {
        fields.id_type = type;
        changes.push({ field: 'id_type', old: r.id_type, new: type });
      }
      if (number !== r.id_number) {
        fields.id_number = number;
        changes.push({ field: 'id_number', old: r.id_number, new: number });
      }
    }
    let roleOn: { unitId: number; code: string; role: string } | null = null;
    if (o.role !== undefined) {
      if (!(ROLES as readonly string[]).includes(o.role)) refuse('E_VALUE', 'err.choice', { flag: 'role', value: o.role, choices: ROLES.join(' ') });
      const held = residents.unitsOfResident(s.db, r.id).filter((u) => u.until === null);
      let code = o.unit;
      if (!code) {
        if (held.length !== 1) refuse('E_USAGE', 'err.roleWhichUnit', { id: r.id, units: held.map((u) => u.code).join(', ') || '-' });
        code = held[0].code;
      }
      const unit = requireUnit(s, code);
      const link = residents.linkOf(s.db, unit.id, r.id);
      if (!link) refuse('E_NOT_FOUND', 'err.notOnUnit', { id: r.id, name: r.name, unit: unit.code });
      if (link.role !== o.role) {
        roleOn = { unitId: unit.id, code: unit.code, role: o.role };
        changes.push({ field: `role@${unit.code}`, old: link.role, new: o.role });
      }
    }
    if (!changes.length) refuse('E_USAGE', 'err.noChange', { what: `${r.id} ${r.name}` });
    residents.updateResident(s.db, r.id, fields, s.now);
    if (roleOn) residents.setLinkRole(s.db, roleOn.unitId, r.id, roleOn.role);
    // the old value stays in the audit log (personal data included: the log is the record of it).
    for (const c of changes) s.audit({ subject: `resident:${r.id}`, action: 'correct', field: c.field, old: c.old, new: c.new });
    s.audit({ subject: `resident:${r.id}`, action: 'correct', field: 'reason', new: reason });
    const fresh = residents.listResidents(s.db, {}).find((x) => x.id === r.id)!;
    return { ...residentJson(fresh), changes: changes.map((c) => ({ field: c.field, changed: true })), reason };
  });
}

/** `resident end <id> --unit U [--date D]`: the resident leaves the unit; the link stays as history. */
export function endResident(io: Io, idText: string, o: { unit?: string; date?: string; reason?: string }) {
  return write(io, (s) => {
    if (!o.unit) refuse('E_USAGE', 'err.required', { flag: 'unit' });
    const unit = requireUnit(s, o.unit);
    const r = resolveResident(s, idText, unit.id);
    const link = residents.linkOf(s.db, unit.id, r.id);
    if (!link) refuse('E_NOT_FOUND', 'err.notOnUnit', { id: r.id, name: r.name, unit: unit.code });
    const at = eventTime(s, o.date);
    const since = residents.linksOfUnit(s.db, unit.id).find((l) => l.resident_id === r.id && l.until === null)!.since;
    if (Date.parse(at) < Date.parse(since)) refuse('E_VALUE', 'err.endBeforeSince', { at, since });
    const note = o.reason ? text(o.reason, 'reason', 200) : null;
    residents.endLink(s.db, unit.id, r.id, at, note);
    s.audit({ subject: `resident:${r.id}`, action: 'end', field: 'unit', old: `${unit.code}:${link.role}`, new: note, at });
    return { id: r.id, name: r.name, unit: unit.code, role: link.role, until: at };
  });
}

// ── a unit's life ─────────────────────────────────────────────────
/** A life event is never dated before the unit's last status change (its history stays in order). */
function assertInOrder(s: Session, unit: units.UnitRow, at: Instant): void {
  const last = units.lastChange(s.db, unit.id);
  if (last && Date.parse(at) < Date.parse(last.at)) refuse('E_VALUE', 'err.beforeLast', { code: unit.code, at, last: last.at });
}

/**
 * move the unit by a life event at `at`, or refuse (exit 2) with why the
 * step makes no sense from its status. Audited; R-103 counts the history row.
 */
export function applyLifeEvent(
  s: Session,
  unit: units.UnitRow,
  event: LifeEvent,
  at: Instant,
  extra: { recordId?: number | null; data?: unknown; reason?: string | null } = {},
): units.UnitRow {
  const beforeLease = event === 'lease-end' ? (units.lastInto(s.db, unit.id, 'leased')?.old_status ?? null) : null;
  const step = lifeStep(event, unit.status, beforeLease, unit.status === 'vacant' && units.everHandedOver(s.db, unit.id));
  if ('why' in step) refuse('E_STATE', step.why, { code: unit.code, status: `unitStatus.${unit.status}`, event });
  assertInOrder(s, unit, at);
  units.setUnitStatus(s.db, unit, step.to, at, s.io.clerk, extra.recordId ?? null, { event, reason: extra.reason, data: extra.data });
  s.audit({ subject: `unit:${unit.code}`, action: event, field: 'status', old: unit.status, new: step.to, at });
  return units.getUnitById(s.db, unit.id)!;
}

/** `unit move-in <code> [--date D] [--resident R…]` (R-104 入住登记): who lives there, from when. */
export function moveIn(io: Io, code: string, o: { date?: string; resident?: string[] }) {
  return write(io, (s) => {
    const unit = requireUnit(s, code);
    const at = eventTime(s, o.date);
    const who = (o.resident ?? []).map((text) => {
      const r = resolveResident(s, text, unit.id);
      if (!residents.linkOf(s.db, unit.id, r.id)) refuse('E_NOT_FOUND', 'err.notOnUnit', { id: r.id, name: r.name, unit: unit.code });
      return { id: r.id, name: r.name };
    });
    const after = applyLifeEvent(s, unit, 'move-in', at, { data: who.length ? { residents: who } : undefined });
    return { ...unitJson(after), from: unit.status, event: 'move-in', at, residents: who };
  });
}

/** `unit move-out <code> [--date D]`: the unit is empty again (vacant). */
export function moveOut(io: Io, code: string, o: { date?: string }) {
  return write(io, (s) => {
    const unit = requireUnit(s, code);
    const at = eventTime(s, o.date);
    const after = applyLifeEvent(s, unit, 'move-out', at);
    return { ...unitJson(after), from: unit.status, event: 'move-out', at };
  });
}

/** `unit status <code> <status> --reason T`: a status no workflow reaches, set directly and audited. */
export function setStatus(io: Io, code: string, status: string, o: { reason?: string; date?: string }) {
  return write(io, (s) => {
    const unit = requireUnit(s, code);
    const to = unitStatus(status ?? '');
    if (!to) refuse('E_VALUE', 'err.choice', { flag: 'status', value: status, choices: UNIT_STATUSES.join(' ') });
    const reason = reasonOf(o.reason);
    if (to === unit.status) refuse('E_STATE', 'life.sameStatus', { code: unit.code, status: `unitStatus.${to}` });
    const at = eventTime(s, o.date);
    assertInOrder(s, unit, at);
    units.setUnitStatus(s.db, unit, to, at, s.io.clerk, null, { event: 'status', reason });
    s.audit({ subject: `unit:${unit.code}`, action: 'status', field: 'status', old: unit.status, new: to, at });
    s.audit({ subject: `unit:${unit.code}`, action: 'status', field: 'reason', new: reason, at });
    return { ...unitJson(units.getUnitById(s.db, unit.id)!), from: unit.status, event: 'status', at, reason };
  });
}

export interface HistoryEntry {
  at: string;
  event: string; // move-in, lease, lease-end, move-out, status, checkin, renovation …, resident-in, resident-out
  from: string | null;
  to: string | null;
  no: string | null;
  reason: string | null;
  resident: { id: number; name: string; role: string } | null;
  residents?: Array<{ id: number; name: string }>;
  clerk: string | null;
}

/** `unit history <code>`: every status change and every resident change, with dates, in time order. */
export function unitHistory(io: Io, code: string) {
  return read(io, (s) => {
    const unit = requireUnit(s, code);
    const out: HistoryEntry[] = [];
    for (const h of units.statusEvents(s.db, unit.id)) {
      const data = h.data ? (JSON.parse(h.data) as { residents?: Array<{ id: number; name: string }> }) : {};
      out.push({
        at: h.at,
        event: h.event ?? h.type ?? 'status',
        from: h.old_status,
        to: h.new_status,
        no: h.no,
        reason: h.reason,
        resident: null,
        ...(data.residents ? { residents: data.residents } : {}),
        clerk: h.clerk,
      });
    }
    for (const l of residents.linksOfUnit(s.db, unit.id)) {
      const resident = { id: l.resident_id, name: l.name, role: l.role };
      out.push({ at: l.since, event: 'resident-in', from: null, to: null, no: null, reason: null, resident, clerk: null });
      if (l.until) out.push({ at: l.until, event: 'resident-out', from: null, to: null, no: null, reason: l.end_note, resident, clerk: null });
    }
    out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { ...unitJson(unit), history: out };
  });
}
