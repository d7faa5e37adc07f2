// Visits and reception (§6): the reception log's categories, visitor
// states, what a shift hands over.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

export const CATEGORIES = ['after-sales', 'repair', 'complaint', 'service', 'praise', 'suggestion', 'other'] as const;

export const VISIT_MACHINE: Machine = {
  type: 'visit',
  next: { in: ['out'], open: ['closed'] },
  verbs: { out: 'visit out', closed: 'visit close' },
};

/** which log categories create another record, and which kind. */
export function createsRecord(category: string): 'repair' | 'complaint' | 'suggestion' | 'praise' | null {
  if (category === 'repair') return 'repair';
  if (category === 'complaint') return 'complaint';
  if (category === 'suggestion') return 'suggestion';
  if (category === 'praise') return 'praise';
  return null;
}

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = {
  group: 'visit',
  types: ['visit'],
  final: ['out', 'closed', 'voided'],
  gist: ['name', 'purpose', 'category', 'description'],
};
