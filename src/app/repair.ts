// Repairs 报修 (§5). This is the seed of the repairs module: the repair order
// other workflows create (checkin defects R-202, reception-log entries R-600,
// patrol findings R-1100). The repairs issue extends this file.
import { refuse } from '../domain/errors.js';
import { PREFIXES } from '../domain/numbers.js';
import type { Instant } from '../domain/time.js';
import { getRepair, insertRepair } from '../store/repairs.js';
import { link } from '../store/links.js';
import { getRecordById, type RecordRow } from '../store/records.js';
import { maskPhone } from '../domain/identity.js';
import { createRecord, openDeadline, openDeadlineAt } from './loop.js';
import { KINDS, type Kind } from './kinds.js';
import type { Session } from './session.js';

export const REPAIR_MACHINE = {
  type: 'repair',
  next: {
    new: ['dispatched', 'completed'],
    dispatched: ['quoted', 'in-progress', 'completed'],
    quoted: ['in-progress'],
    'in-progress': ['completed'],
    completed: ['closed', 'reopened'],
    reopened: ['dispatched', 'completed'],
    closed: ['reopened'],
  },
  verbs: { dispatched: 'repair dispatch', quoted: 'repair quote', 'in-progress': 'repair quote --consent', completed: 'repair complete', closed: 'followup record', reopened: 'followup record (unsatisfied)' },
};

export interface NewRepair {
  unitId: number | null;
  publicPlace?: string | null;
  location?: string | null;
  description: string;
  reporter?: string | null;
  phone?: string | null;
  kind?: string;
  urgency?: 'normal' | 'urgent' | 'emergency';
  size?: 'small' | 'large'; // small same day, large within 7 days
  agreedAt?: Instant | null; // an agreed time replaces the R-502 deadline
  source?: string; // desk | checkin-defect | visit | patrol
  from?: RecordRow; // the record that led to it (linked)
  rel?: string; // link name, e.g. 'defect'
  eventAt?: Instant;
}

/** Open a repair order (BX) with its completion deadline (R-502 or the agreed time). */
export function createRepair(s: Session, n: NewRepair): RecordRow {
  if (!n.description?.trim()) refuse('E_USAGE', 'err.required', { flag: 'desc' });
  const size = n.size ?? 'small';
  const r = createRecord(s, {
    type: 'repair',
    prefix: PREFIXES.repair,
    status: 'new',
    unitId: n.unitId,
    eventAt: n.eventAt,
    data: { description: n.description, source: n.source ?? 'desk', from: n.from?.no },
  });
  insertRepair(s.db, {
    record_id: r.id,
    source: n.source ?? 'desk',
    kind: n.kind ?? 'other',
    urgency: n.urgency ?? 'normal',
    size,
    public_place: n.publicPlace ?? null,
    location: n.location ?? null,
    reporter: n.reporter ?? null,
    phone: n.phone ?? null,
    description: n.description.trim(),
    agreed_at: n.agreedAt ?? null,
  });
  if (n.from) link(s.db, n.from.id, r.id, n.rel ?? 'created');
  if (n.agreedAt) openDeadlineAt(s, r, 'complete', 'R-502.agreed', n.agreedAt);
  else openDeadline(s, r, 'complete', size === 'large' ? 'R-502.large' : 'R-502.small', r.event_at);
  return getRecordById(s.db, r.id)!;
}

export const kind: Kind = {
  ...KINDS.repair,
  detail(s, r, unmask) {
    const d = getRepair(s.db, r.id);
    if (!d) return {};
    return {
      kind: d.kind,
      urgency: d.urgency,
      size: d.size,
      public: d.public_place,
      location: d.location,
      description: d.description,
      reporter: d.reporter,
      phone: d.phone == null ? null : unmask ? d.phone : maskPhone(d.phone),
      source: d.source,
      tech: d.tech,
      paid: !!d.paid,
      amountFen: d.amount_fen ?? 0,
      completedAt: d.completed_at,
      onTime: null,
    };
  },
};
