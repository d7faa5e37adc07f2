// Complaints, suggestions, praise (§4). Pure rules: states, classes, the
// deadlines each class gets, escalation, repeats.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

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
  verbs: {
    classified: 'complaint classify',
    assigned: 'complaint assign',
    resolved: 'complaint resolve',
    verified: 'complaint verify',
    closed: 'followup record',
    reopened: 'followup record (unsatisfied)',
  },
};

/** Suggestions: adopted or not first, then closed when the resident has been told. */
export const SUGGESTION_MACHINE: Machine = {
  type: 'suggestion',
  next: { new: ['adopted', 'not-adopted'], adopted: ['closed'], 'not-adopted': ['closed'] },
  verbs: { adopted: 'complaint adopt --adopted', 'not-adopted': 'complaint adopt --not-adopted', closed: 'complaint told' },
};

/** Praise (§0b): recorded, then closed once passed on and the resident thanked. */
export const PRAISE_MACHINE: Machine = {
  type: 'suggestion',
  next: { new: ['closed'] },
  verbs: { closed: 'complaint told' },
};

export function jyMachine(kind: string): Machine {
  return kind === 'praise' ? PRAISE_MACHINE : SUGGESTION_MACHINE;
}

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

/**
 * the class a complaint gets when the clerk grades it. A complaint
 * already escalated (open a month) stays major unless it is found invalid.
 */
export function effectiveClass(chosen: ComplaintClass, escalated: boolean): ComplaintClass {
  return escalated && chosen !== 'invalid' ? 'major' : chosen;
}

/** does a complaint of this class escalate when still open a month after intake? (valid and not yet major) */
export function escalates(cls: string | null): boolean {
  return cls !== 'invalid' && cls !== 'major';
}

/**
 * R-403 derived when read: a complaint whose month ran out (`fired`) before any write stored
 * the escalation reads as the write will store it — major and escalated when its class escalates.
 */
export function asOf(cls: string | null, escalated: boolean, fired: boolean): { class: string | null; escalated: boolean } {
  return fired && escalates(cls) ? { class: 'major', escalated: true } : { class: cls, escalated };
}

/** who makes the follow-up — major complaints are followed up by the project manager. */
export function followupBy(cls: string | null): 'project-manager' | null {
  return cls === 'major' ? 'project-manager' : null;
}

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = {
  group: 'complaint',
  types: ['complaint', 'suggestion'],
  final: ['closed', 'voided'],
  gist: ['name', 'about', 'description'],
};

/** who may approve a new handling deadline — minor: a department manager; important and major: the general manager. */
export function approverRole(cls: string | null): 'dept-manager' | 'gm' | null {
  if (cls === 'minor') return 'dept-manager';
  if (cls === 'important' || cls === 'major') return 'gm';
  return null; // invalid complaints are replied to, not extended
}
