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
import { createRecord, loadRecord, move } from '../../core/loop.js';
import { createRepair } from '../repair/api.js';
import { createComplaint, escalate } from '../complaint/api.js';
import { CHANNELS } from '../complaint/api.js';
import type { Kind } from '../../core/kind.js';
import { INFO } from './rules.js';
import { requireUnit } from '../registry/api.js';
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
    let created: RecordRow | null = null;
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
    if (created || o.solved) cur = move(s, log, VISIT_MACHINE, 'closed', 'close', { created: created?.no });
    return { ...view(s, cur), created: created?.no ?? null };
  });
}

export function visitClose(io: Io, no: string, o: { note?: string }) {
  return write(io, (s) => view(s, move(s, loadRecord(s, no, ['visit'], 'visit'), VISIT_MACHINE, 'closed', 'close', { note: o.note })));
}

function view(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

function detail(s: Session, r: RecordRow, unmask: boolean) {
  const v = store.getVisit(s.db, r.id);
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
  };
}

export const kind: Kind = {
  ...INFO,
  monthlySection,
  detail,
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
