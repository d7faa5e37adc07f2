// Unit handover 交房 / 入伙 (§2): documents, joint inspection with the
// meter readings and defects (R-201, R-202: each defect a repair order), the
// forms and keys, printable forms, completion.
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { localDate } from '../../core/time.js';
import { checkText } from '../../core/input.js';
import {
  CHECKIN_MACHINE,
  FORMS,
  isMinor,
  isNoGas,
  meterReading,
  missing,
  NO_GAS,
  PLAIN_DOCS,
  requiredDocs,
  requiredForms,
  type Owner,
} from './rules.js';
import * as store from './store.js';
import { residentsOfUnit } from '../registry/api.js';
import { getUnitById, setUnitStatus } from '../registry/api.js';
import { getRecordById, type RecordRow } from '../../core/store/records.js';
import { addEvent, createRecord, loadRecord, move } from '../../core/loop.js';
import { createRepair } from '../repair/api.js';
import { releaseDeveloperKeys } from '../keys/api.js';
import type { Kind } from '../../core/kind.js';
import { INFO } from './rules.js';
import { requireUnit, resolveResident } from '../registry/api.js';
import { recordJson } from '../../records/usecases.js';
import { write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';

const OWNER_ROLES = ['owner', 'co-owner', 'company'];

function owners(c: store.CheckinRow): Owner[] {
  return JSON.parse(c.owners) as Owner[];
}

function state(s: Session, r: RecordRow, pre?: ReturnType<typeof store.checkinsBatch>) {
  const c = pre ? pre.checkins.get(r.id)! : store.getCheckin(s.db, r.id)!;
  const absent = JSON.parse(c.absent) as number[];
  const docs = requiredDocs(owners(c), absent);
  const forms = requiredForms(c.keys_left);
  const items = pre ? (pre.items.get(r.id) ?? []) : store.items(s.db, r.id);
  const have = new Set(items.filter((i) => !i.missing).map((i) => i.item));
  const meters = c.water !== null && c.electricity !== null && c.gas !== null;
  const keys = c.door_keys !== null && c.mailbox_keys !== null;
  return { c, absent, docs, forms, items, missing: missing({ docs, forms, have, meters, keys }) };
}

/** `checkin start <unit> --owner … [--absent …]`: a sold unit not yet handed over. */
export function start(io: Io, unitCode: string, o: { owner?: string[]; absent?: string[] }) {
  return write(io, (s) => {
    const unit = requireUnit(s, unitCode);
    if (unit.status === 'unsold') refuse('E_STATE', 'err.unitUnsold', { unit: unit.code });
    const other = store.otherCheckin(s.db, unit.id);
    if (other) refuse('E_STATE', 'err.secondCheckin', { unit: unit.code, no: other.no, status: other.status });
    if (unit.status !== 'vacant') refuse('E_STATE', 'err.unitNotVacant', { unit: unit.code, status: unit.status });
    const registered = residentsOfUnit(s.db, unit.id).filter((r) => OWNER_ROLES.includes(r.role));
    if (!registered.length) refuse('E_STATE', 'err.noOwners', { unit: unit.code });
    const day = localDate(s.at, s.tz);
    const list: Owner[] = registered.map((r) => ({ id: r.id, name: r.name, role: r.role, minor: isMinor(r.id_number, r.id_type, day) }));
    const present = (o.owner ?? []).map((x) => resolveResident(s, x, unit.id));
    const absent = (o.absent ?? []).map((x) => resolveResident(s, x, unit.id));
    for (const p of [...present, ...absent])
      if (!list.some((l) => l.id === p.id)) refuse('E_VALUE', 'err.notOwnerOf', { name: p.name, unit: unit.code });
    if (!present.length) refuse('E_USAGE', 'err.required', { flag: 'owner' });
    // A registered joint owner neither present nor named absent is absent (R-200 needs their power of attorney).
    const absentIds = list.filter((l) => l.role !== 'company' && !present.some((p) => p.id === l.id)).map((l) => l.id);
    const r = createRecord(s, {
      type: 'checkin',
      prefix: PREFIXES.checkin,
      status: 'open',
      unitId: unit.id,
      data: { owners: present.map((p) => p.name), absent: absentIds },
    });
    store.insertCheckin(s.db, r.id, list, absentIds);
    return view(s, r);
  });
}

/** `checkin doc <no> <doc>… [--missing]`. */
export function doc(io: Io, no: string, docs: string[], o: { missing?: boolean }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['checkin'], 'checkin');
    const st = state(s, r);
    for (const raw of docs) {
      const d = raw.trim();
      const [name, who] = d.split(':');
      let item = d;
      if (who !== undefined) {
        if (!['owner-id', 'poa', 'household-register'].includes(name)) refuse('E_VALUE', 'err.unknownDoc', { doc: d, docs: st.docs.join(' ') });
        const res = resolveResident(s, who, r.unit_id ?? undefined);
        item = `${name}:${res.id}`;
      } else if (!(PLAIN_DOCS as readonly string[]).includes(d)) refuse('E_VALUE', 'err.unknownDoc', { doc: d, docs: st.docs.join(' ') });
      if (!st.docs.includes(item)) refuse('E_VALUE', 'err.docNotNeeded', { doc: d, docs: st.docs.join(' ') });
      store.tick(s.db, r.id, `doc:${item}`, !!o.missing, s.at);
    }
    addEvent(s, r, o.missing ? 'doc-missing' : 'doc', { docs });
    return view(s, r);
  });
}

/**
 * `checkin meter`: water, electricity and gas readings 水电煤底数. A unit without
 * gas says so (`--no-gas`, or `--gas 无`, issue 18.8): its gas reading is then "none", not demanded.
 */
export function meter(io: Io, no: string, o: { water?: string; electricity?: string; gas?: string | false }) {
  const gas = o.gas === false || (typeof o.gas === 'string' && isNoGas(o.gas)) ? NO_GAS : o.gas;
  const missing = (['water', 'electricity', 'gas'] as const).filter((k) => (k === 'gas' ? gas : o[k]) === undefined);
  if (missing.length) refuse('E_USAGE', missing.includes('gas') ? 'err.gasRequired' : 'err.required', { flag: missing.join(', --') });
  return write(io, (s) => {
    const r = loadRecord(s, no, ['checkin'], 'checkin');
    const f: Record<string, string> = {};
    for (const k of ['water', 'electricity', 'gas'] as const) {
      const v = (k === 'gas' ? gas : o[k]) as string;
      if (v !== NO_GAS && !meterReading(v)) refuse('E_VALUE', 'err.meter', { flag: k, value: v });
      f[k] = v.trim();
    }
    store.updateCheckin(s.db, r.id, f);
    addEvent(s, r, 'meter', f);
    return view(s, r);
  });
}

/** `checkin defect`: a repair order due the same day, or within 7 days with --large. */
export function defect(io: Io, no: string, o: { location?: string; desc?: string; large?: boolean }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['checkin'], 'checkin');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    const location = (o.location ?? '').trim();
    const description = (o.desc ?? '').trim();
    if (!checkText(location, 100)) refuse('E_VALUE', 'err.text', { flag: 'location', max: 100 });
    if (!checkText(description, 500)) refuse('E_VALUE', 'err.text', { flag: 'desc', max: 500 });
    const repair = createRepair(s, {
      unitId: r.unit_id,
      location,
      description,
      size: o.large ? 'large' : 'small',
      source: 'checkin-defect',
      from: r,
      rel: 'defect',
      kind: 'other',
    });
    store.addDefect(s.db, { recordId: r.id, location, description, large: !!o.large, repairId: repair.id });
    addEvent(s, r, 'defect', { location, description, large: !!o.large, repair: repair.no });
    return { ...view(s, r), repair: repair.no, repairDueAt: getRecordById(s.db, repair.id)!.next_due };
  });
}

/** `checkin keys`: door and mailbox keys handed over (counts signed for); --left when keys stay with the desk. */
export function keys(io: Io, no: string, o: { door?: string; mailbox?: string; left?: string }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['checkin'], 'checkin');
    const n = (v: string | undefined, flag: string) => {
      if (v === undefined) refuse('E_USAGE', 'err.required', { flag });
      if (!/^\d{1,2}$/.test(v.trim())) refuse('E_VALUE', 'err.integer', { flag, value: v, min: 0, max: 99 });
      return Number(v);
    };
    const f = { door_keys: n(o.door, 'door'), mailbox_keys: n(o.mailbox, 'mailbox'), keys_left: o.left === undefined ? 0 : n(o.left, 'left') };
    store.updateCheckin(s.db, r.id, f);
    addEvent(s, r, 'keys', f);
    return view(s, r);
  });
}

/** `checkin sign <no> <form>…`. */
export function sign(io: Io, no: string, forms: string[]) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['checkin'], 'checkin');
    for (const f of forms) {
      if (!(FORMS as readonly string[]).includes(f)) refuse('E_VALUE', 'err.choice', { flag: 'form', value: f, choices: FORMS.join(' ') });
      store.tick(s.db, r.id, `form:${f}`, false, s.at);
    }
    addEvent(s, r, 'sign', { forms });
    return view(s, r);
  });
}

/** `checkin complete`: refused with the list of what is missing; else the unit is handed over. */
export function complete(io: Io, no: string) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['checkin'], 'checkin');
    if (r.status === 'open') {
      const st = state(s, r);
      const names = new Map(owners(st.c).map((o) => [String(o.id), o.name]));
      const label = (item: string) => item.replace(/:(\d+)$/, (_m, id: string) => `:${names.get(id) ?? id}`);
      if (st.missing.length) refuse('E_STATE', 'err.checkinMissing', { no: r.no, n: st.missing.length }, st.missing.map(label));
    }
    const moved = move(s, r, CHECKIN_MACHINE, 'completed', 'complete', {});
    store.updateCheckin(s.db, r.id, { completed_at: s.at });
    const unit = getUnitById(s.db, r.unit_id!)!;
    setUnitStatus(s.db, unit, 'handed-over', s.at, s.io.clerk, r.id);
    s.audit({ subject: `unit:${unit.code}`, action: 'handover', field: 'status', old: unit.status, new: 'handed-over' });
    const main = owners(store.getCheckin(s.db, r.id)!)[0];
    const released = releaseDeveloperKeys(s, unit.id, main?.name ?? '', r.id);
    addEvent(s, moved, 'owner-file', { owners: owners(store.getCheckin(s.db, r.id)!).map((o) => o.name), keysReleased: released }); // 业主档案
    return { ...view(s, moved), keysReleased: released };
  });
}

function view(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

function detail(s: Session, r: RecordRow): CheckinDetail | Record<string, never> {
  const c = store.getCheckin(s.db, r.id);
  return c ? checkinDetail(s, r, c) : {}; // no detail row: the common fields only
}

/** The fields of a check-in in its JSON (`show`, `list --json`) and its forms. */
export type CheckinDetail = ReturnType<typeof checkinDetail>;

/** kind.details: detail() of every listed row, one statement per table (issue 23). */
function details(s: Session, rows: RecordRow[]): Array<CheckinDetail | Record<string, never>> {
  const b = store.checkinsBatch(
    s.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const c = b.checkins.get(r.id);
    return c ? checkinDetail(s, r, c, b) : {}; // no detail row: the common fields only
  });
}

function checkinDetail(s: Session, r: RecordRow, c: store.CheckinRow, pre?: ReturnType<typeof store.checkinsBatch>) {
  const st = state(s, r, pre);
  const names = new Map(owners(c).map((o) => [String(o.id), o.name]));
  const label = (item: string) => item.replace(/:(\d+)$/, (_m, id: string) => `:${names.get(id) ?? id}`);
  return {
    owners: owners(c),
    absent: st.absent,
    documents: st.docs.map((d) => ({
      doc: label(d),
      checked: st.items.some((i) => i.item === `doc:${d}` && !i.missing),
      missing: st.items.some((i) => i.item === `doc:${d}` && !!i.missing),
    })),
    forms: st.forms.map((f) => ({ form: f, signed: st.items.some((i) => i.item === `form:${f}`) })),
    meters: { water: c.water, electricity: c.electricity, gas: c.gas === NO_GAS ? null : c.gas, noGas: c.gas === NO_GAS },
    keys: { door: c.door_keys, mailbox: c.mailbox_keys, left: c.keys_left },
    defects: (pre ? (pre.defects.get(r.id) ?? []) : store.defects(s.db, r.id)).map((d) => ({
      location: d.location,
      description: d.description,
      large: !!d.large,
      repair: d.repair_no,
      repairStatus: d.repair_status,
      dueAt: d.due_at,
    })),
    missing: r.status === 'open' ? st.missing.map(label) : [],
    completedAt: c.completed_at,
  };
}

export const kind: Kind = {
  ...INFO,
  monthlySection,
  detail: (s, r) => detail(s, r),
  details: (s, rows) => details(s, rows),
  print(s, r) {
    const d = detail(s, r);
    const base = { no: r.no, unit: r.unit_code, createdAt: r.event_at, ...d };
    return [
      { template: 'checkin-inspection', title: s.io.t('checkin.form.inspection'), data: base },
      { template: 'checkin-key-receipt', title: s.io.t('checkin.form.keyReceipt'), data: base },
    ];
  },
};

export function monthlySection(s: Session, from: string, to: string) {
  const m = store.checkinMonth(s.db, from, to);
  return { ...m, defectsOpen: m.defects - m.defectsClosed };
}
