// Leases 租赁: the lease filed with the desk (出租备案: tenant with a
// validated ID and phone, term, rent, an agency fee as a ledger entry), the 30-day
// reminder as a deadline, and 撤租 (keys and meters checked; the tenants ended).
import { refuse } from '../../core/errors.js';
import { mask, maskPhone, normalizeDocument, normalizePhone, ID_TYPES, type IdType } from '../../core/identity.js';
import { text } from '../../core/input.js';
import { parseYuan } from '../../core/money.js';
import { addDays } from '../../core/calendar.js';
import { parseSpec } from '../../core/deadline.js';
import { atLocal, localDate, parseInstant } from '../../core/time.js';
import { addEvent, closeDeadline, createRecord, dropDeadline, loadRecord, move, openDeadlineAt, post } from '../../core/loop.js';
import { PREFIXES } from '../../core/numbers.js';
import { getRecordById, type RecordRow } from '../../core/store/records.js';
import { write, type Session } from '../../core/session.js';
import type { Kind } from '../../core/kind.js';
import type { Io } from '../../core/io.js';
import { recordJson } from '../../records/usecases.js';
import {
  applyLifeEvent,
  endLink,
  eventTime,
  findByDocument,
  getResident,
  insertResident,
  keySetsOfUnit,
  linkOf,
  linkUnit,
  requireUnit,
  residentsOfUnit,
} from '../registry/api.js';
import * as store from './store.js';
import { INFO, LEASE_MACHINE, METERS, meterReading, overlaps, withinDays } from './rules.js';

/** A term's day (YYYY-MM-DD) from a flag. */
function day(s: Session, v: string | undefined, flag: string): string {
  if (!v) refuse('E_USAGE', 'err.required', { flag });
  return localDate(parseInstant(v, s.tz, { flag }), s.tz);
}

/** The reminder step's days before the end, from the profile (R-107: "30d"). */
function reminderDays(s: Session): number {
  const spec = parseSpec(s.profile.deadlines['R-107.reminder'] ?? '30d');
  if (spec.unit !== 'days') throw new Error('deadlines.R-107.reminder must be a number of days, e.g. 30d');
  return spec.n;
}

/** `unit lease <code> --tenant N --id-number ID --phone P --from D --to D [--rent YUAN] [--agency-fee YUAN]`. */
export function fileLease(
  io: Io,
  code: string,
  o: { tenant?: string; idType?: string; idNumber?: string; phone?: string; from?: string; to?: string; rent?: string; agencyFee?: string },
) {
  return write(io, (s) => {
    const unit = requireUnit(s, code);
    const name = text(o.tenant, 'tenant', 64);
    const idType = (o.idType ?? 'id') as IdType;
    if (!(ID_TYPES as readonly string[]).includes(idType))
      refuse('E_VALUE', 'err.choice', { flag: 'id-type', value: idType, choices: ID_TYPES.join(' ') });
    if (!o.idNumber) refuse('E_USAGE', 'err.required', { flag: 'id-number' });
    const idNumber = normalizeDocument(idType, o.idNumber, 'id-number');
    if (!o.phone) refuse('E_USAGE', 'err.required', { flag: 'phone' });
    const phone = normalizePhone(o.phone);
    const from = day(s, o.from, 'from');
    const to = day(s, o.to, 'to');
    if (to <= from) refuse('E_VALUE', 'err.leaseTerm', { from, to });
    const rentFen = o.rent === undefined ? null : parseYuan(o.rent, 'rent');
    const agencyFeeFen = o.agencyFee === undefined ? null : parseYuan(o.agencyFee, 'agency-fee');
    // Overlapping leases on a unit are refused (issue 19), whatever the unit's status says.
    for (const l of store.leasesOfUnit(s.db, unit.id)) {
      const end = l.ended_at ? localDate(l.ended_at, s.tz) : l.ends_on;
      if (overlaps({ from, to }, { from: l.starts_on, to: end }))
        refuse('E_STATE', 'err.leaseOverlap', { code: unit.code, no: l.no, from: l.starts_on, to: end });
    }
    // The unit is leased from the first day of the term, or from today when the term starts later (filed in advance).
    const today = localDate(s.now, s.tz);
    const at = from <= today ? eventTime(s, from) : s.at;
    // The tenant: the person with this document, or a new resident; registered on the unit as a tenant.
    let tenant = findByDocument(s.db, idType, idNumber);
    if (tenant && tenant.name !== name) refuse('E_EXISTS', 'err.residentConflict', { id: tenant.id, name: tenant.name });
    if (tenant) {
      const link = linkOf(s.db, unit.id, tenant.id);
      if (link && link.role !== 'tenant') refuse('E_STATE', 'err.tenantHolds', { id: tenant.id, name, unit: unit.code, role: link.role });
    }
    const r = createRecord(s, { type: 'lease', prefix: PREFIXES.lease, status: 'active', unitId: unit.id, eventAt: at, data: { from, to } });
    applyLifeEvent(s, unit, 'lease', at, { recordId: r.id });
    if (!tenant) {
      const id = insertResident(s.db, { name, idType, idNumber, phone }, s.now);
      s.audit({ subject: `resident:${id}`, action: 'create', field: 'name', new: name, at });
      tenant = getResident(s.db, id)!;
    }
    if (linkUnit(s.db, unit.id, tenant.id, 'tenant', at))
      s.audit({ subject: `resident:${tenant.id}`, action: 'link', field: 'unit', new: `${unit.code}:tenant`, at });
    store.insertLease(s.db, {
      record_id: r.id,
      unit_id: unit.id,
      tenant_id: tenant.id,
      starts_on: from,
      ends_on: to,
      rent_fen: rentFen,
      agency_fee_fen: agencyFeeFen,
    });
    // the agency fee when the desk brokered the lease.
    if (agencyFeeFen) post(s, r, { item: 'agency-fee', direction: 'received', amountFen: agencyFeeFen, at });
    // the reminder N days before the end (never before the filing day), and the end of the term itself.
    const filed = localDate(at, s.tz);
    const remindOn = addDays(to, -reminderDays(s));
    openDeadlineAt(s, r, 'reminder', 'R-107.reminder', atLocal(remindOn < filed ? filed : remindOn, '23:59:59', s.tz));
    openDeadlineAt(s, r, 'end', 'R-107', atLocal(to, '23:59:59', s.tz));
    return view(s, r);
  });
}

/**
 * `unit lease-end <code> [--date D] [--early] --water --electricity --gas` (撤租, R-104):
 * the meters read, the unit's keys out listed, the lease ended, its tenants ended on
 * the unit, and the unit back to what it was before the lease.
 */
export function endLease(io: Io, code: string, o: { date?: string; early?: boolean; water?: string; electricity?: string; gas?: string }) {
  return write(io, (s) => {
    const unit = requireUnit(s, code);
    const at = eventTime(s, o.date);
    const meters: Record<string, string> = {};
    for (const k of METERS) {
      const v = o[k];
      if (v === undefined) refuse('E_USAGE', 'err.required', { flag: k });
      if (!meterReading(v)) refuse('E_VALUE', 'err.meterReading', { flag: k, value: v });
      meters[k] = v.trim();
    }
    const lease = store.leasesOfUnit(s.db, unit.id).find((l) => l.status === 'active');
    const early = !!lease && localDate(at, s.tz) < lease.ends_on;
    if (early && !o.early) refuse('E_USAGE', 'err.leaseNotDue', { no: lease.no, to: lease.ends_on });
    if (lease && Date.parse(at) < Date.parse(getRecordById(s.db, lease.record_id)!.event_at))
      refuse('E_VALUE', 'err.beforeLast', { code: unit.code, at, last: getRecordById(s.db, lease.record_id)!.event_at });
    const keysOut = keySetsOfUnit(s.db, unit.id)
      .filter((k) => k.status === 'out')
      .map((k) => ({ hook: k.hook, kind: k.kind, count: k.count }));
    const before = unit.status;
    const after = applyLifeEvent(s, unit, 'lease-end', at, { recordId: lease?.record_id ?? null, data: { meters, early, keysOut } });
    let no: string | null = null;
    if (lease) {
      const r = getRecordById(s.db, lease.record_id)!;
      move(s, r, LEASE_MACHINE, 'ended', 'lease-end', { early, meters, keysOut }, at);
      store.endLease(s.db, r.id, { at, early, meters, keysOut });
      closeDeadline(s, r, 'end', at);
      dropDeadline(s, r, 'reminder');
      no = r.no;
    }
    // A lease ending ends its tenants on the unit (R-105: ended, never deleted).
    const ended: Array<{ id: number; name: string }> = [];
    for (const t of residentsOfUnit(s.db, unit.id).filter((x) => x.role === 'tenant')) {
      endLink(s.db, unit.id, t.id, at, no ? `lease-end ${no}` : 'lease-end');
      s.audit({ subject: `resident:${t.id}`, action: 'end', field: 'unit', old: `${unit.code}:tenant`, new: no, at });
      ended.push({ id: t.id, name: t.name });
    }
    return { no, unit: unit.code, from: before, status: after.status, at, early, meters, keysOut, tenantsEnded: ended };
  });
}

/** `lease remind <no>`: the desk reminded owner and tenant that the lease ends soon; the reminder step is done. */
export function remind(io: Io, no: string, o: { note?: string }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['lease'], 'lease');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    if (r.status !== 'active') refuse('E_STATE', 'err.state', { no: r.no, status: r.status, to: 'reminded', allowed: '-' });
    if (!closeDeadline(s, r, 'reminder')) refuse('E_STATE', 'err.reminded', { no: r.no });
    addEvent(s, r, 'remind', o.note ? { note: text(o.note, 'note') } : undefined);
    s.audit({ subject: r.no, action: 'remind', field: 'reminder', new: o.note ?? null });
    return view(s, getRecordById(s.db, r.id)!);
  });
}

function view(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

function detail(s: Session, r: RecordRow, unmask: boolean) {
  const l = store.getLease(s.db, r.id);
  if (!l) return {};
  const t = getResident(s.db, l.tenant_id);
  return {
    tenant: t?.name ?? null,
    tenantId: l.tenant_id,
    idType: t?.id_type ?? null,
    idNumber: t?.id_number == null ? null : unmask ? t.id_number : mask(t.id_number),
    phone: t?.phone == null ? null : unmask ? t.phone : maskPhone(t.phone),
    from: l.starts_on,
    to: l.ends_on,
    rentFen: l.rent_fen,
    agencyFeeFen: l.agency_fee_fen,
    endedAt: l.ended_at,
    early: !!l.early,
    meters: l.meters ? (JSON.parse(l.meters) as Record<string, string>) : null,
    keysOut: l.keys_out ? (JSON.parse(l.keys_out) as unknown[]) : null,
  };
}

export const kind: Kind = {
  ...INFO,
  detail,
  exportColumns: {
    header: ['csv.tenant', 'csv.id_number', 'csv.phone', 'csv.leaseFrom', 'csv.leaseTo', 'csv.rent', 'csv.agencyFee', 'csv.ended'],
    row: (s, r, unmask) => {
      const d = detail(s, r, unmask);
      return [d.tenant, d.idNumber, d.phone, d.from, d.to, d.rentFen, d.agencyFeeFen, d.endedAt];
    },
  },
  /** `lease list --ending-within 30d`: active leases whose term ends within N days from today (or has ended already). */
  listWhere(s, o) {
    if (o.endingWithin === undefined) return undefined;
    const n = withinDays(String(o.endingWithin));
    if (n === null) refuse('E_VALUE', 'err.within', { flag: 'ending-within', value: o.endingWithin });
    const limit = addDays(localDate(s.now, s.tz), n);
    return (r) => r.status === 'active' && typeof r.to === 'string' && r.to <= limit;
  },
  print(s, r, unmask) {
    const d = detail(s, r, unmask);
    const owners = r.unit_id === null ? [] : residentsOfUnit(s.db, r.unit_id).filter((x) => ['owner', 'co-owner', 'company'].includes(x.role));
    return [
      {
        template: 'lease-filing',
        title: s.io.t('lease.form'),
        data: {
          no: r.no,
          unit: r.unit_code,
          createdAt: r.event_at,
          owners: owners.map((x) => ({ name: x.name, phone: x.phone == null ? '' : unmask ? x.phone : maskPhone(x.phone) })),
          ...d,
        },
      },
    ];
  },
  onVoid(s, r) {
    // A lease in force is ended (撤租), not voided: the unit's status and tenants follow the end (the void rolls back).
    if (!store.getLease(s.db, r.id)?.ended_at) refuse('E_STATE', 'err.voidActiveLease', { no: r.no, unit: r.unit_code ?? '' });
  },
};
