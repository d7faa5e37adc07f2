// Leases 租赁 (R-107, seed 001 §八): the record group, its states, and the pure
// rules of a term (from ≤ to, overlap with another lease, the reminder day).
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

/** `active` while the term runs; `ended` at 撤租, at the end of the term or early. */
export const LEASE_MACHINE: Machine = {
  type: 'lease',
  next: { active: ['ended'] },
  verbs: { ended: 'unit lease-end' },
};

export const INFO: KindInfo = {
  group: 'lease',
  types: ['lease'],
  final: ['ended', 'voided'],
  gist: ['tenant', 'from', 'to'],
};

/** Two terms [from, to] (dates, inclusive) overlap. */
export function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** `--ending-within 30d` (or a plain number of days): the number of days, or null. */
export function withinDays(raw: string): number | null {
  const m = /^(\d{1,4})d?$/.exec(raw.trim().toLowerCase());
  return m ? Number(m[1]) : null;
}

/** A meter reading at 撤租: digits with up to 3 decimals. */
export function meterReading(v: string): boolean {
  return /^\d{1,9}(\.\d{1,3})?$/.test(v.trim());
}

/** The 3 readings checked at 撤租. */
export const METERS = ['water', 'electricity', 'gas'] as const;
