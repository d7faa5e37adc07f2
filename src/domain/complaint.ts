// Complaints, suggestions, praise (§4). Pure rules: states, classes, the
// deadlines each class gets, escalation, repeats.
import type { Machine } from './states.js';

export const KINDS = ['complaint', 'suggestion', 'praise'] as const;
export const CHANNELS = ['visit', 'phone', 'letter', 'other'] as const;
export const CLASSES = ['major', 'important', 'minor', 'invalid'] as const;
export const INVALID_KINDS = ['developer', 'external', 'unreasonable'] as const;
export type ComplaintClass = (typeof CLASSES)[number];

export const COMPLAINT_MACHINE: Machine = {
  type: 'complaint',
  next: {
    new: ['classified'],
    classified: ['assigned', 'resolved'],
    assigned: ['resolved'],
    resolved: ['verified', 'reopened'],
    verified: ['closed', 'reopened'],
    reopened: ['assigned'],
  },
  verbs: { classified: 'complaint classify', assigned: 'complaint assign', resolved: 'complaint resolve', verified: 'complaint verify', closed: 'followup record', reopened: 'followup record (unsatisfied)' },
};

export const SUGGESTION_MACHINE: Machine = {
  type: 'suggestion',
  next: { new: ['adopted', 'not-adopted', 'closed'], adopted: ['closed'], 'not-adopted': ['closed'] },
  verbs: { adopted: 'complaint adopt --adopted', 'not-adopted': 'complaint adopt --not-adopted', closed: 'complaint told' },
};

/** who is told of a complaint of each class. */
export const REPORT_TO: Record<ComplaintClass, string> = {
  major: 'quality-dept,general-manager',
  important: 'supervisor,project-manager',
  minor: 'project-manager',
  invalid: 'project-manager',
};

/** R-402 deadlines of a class: profile keys of the reporting and handling deadlines (from intake). */
export function classDeadlines(c: ComplaintClass): { report: string; handle: string } {
  return { report: `R-402.report.${c}`, handle: `R-402.handle.${c}` };
}

/** invalid complaints of kind developer go to after-sales (售后), external to the outside body. */
export function forwardTo(invalidKind: string | null): 'after-sales' | 'external-body' | null {
  return invalidKind === 'developer' ? 'after-sales' : invalidKind === 'external' ? 'external-body' : null;
}

/** the same unit complaining about the same matter twice or more. */
export function isRepeat(count: number): boolean {
  return count >= 2;
}
