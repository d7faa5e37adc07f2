// Repairs 报修 (§5): states, which deadline applies, which follow-up rule, repeats.
// Pure: the repair facts and the profile are arguments.
import type { Machine } from './states.js';

export const URGENCIES = ['normal', 'urgent', 'emergency'] as const;
export const HELP_KINDS = ['first-aid', 'security', 'flood', 'fire', 'other'] as const; // R-505 求助

export const REPAIR_MACHINE: Machine = {
  type: 'repair',
  next: {
    new: ['dispatched', 'completed'],
    dispatched: ['quoted', 'in-progress', 'completed'],
    quoted: ['in-progress'], // paid work waits for the owner's consent
    'in-progress': ['completed'],
    completed: ['closed', 'reopened'],
    reopened: ['dispatched', 'completed'],
    closed: ['reopened'],
  },
  verbs: {
    dispatched: 'repair dispatch',
    quoted: 'repair quote',
    'in-progress': 'repair quote --consent',
    completed: 'repair complete',
    closed: 'followup record',
    reopened: 'followup record (unsatisfied)',
  },
};

export interface RepairFacts {
  source: string; // desk | checkin-defect | visit | patrol
  publicPlace: string | null;
  help: string | null;
  reportedDate: string; // local YYYY-MM-DD of the report
  completedDate: string; // local YYYY-MM-DD of the completion
  agreed: boolean; // done at an agreed later time
}

export interface FollowupRule {
  ruleKey: string; // profile deadline, e.g. "R-503.household"
  coverage: string; // profile coverage key, e.g. "repairHousehold"
  reason: string; // shown on the follow-up
}

/**
 * Which follow-up rule a completed repair falls under.
 * Household repairs: 3 days, tightened to 24 h when done the same day and
 * 36 h when done at an agreed later time (the tightest applies, cli.md).
 */
export function followupRule(f: RepairFacts): FollowupRule {
  if (f.source === 'checkin-defect') return { ruleKey: 'R-202.followup', coverage: 'checkinDefect', reason: 'R-202' };
  if (f.help === 'first-aid') return { ruleKey: 'R-505.first-aid-followup', coverage: 'firstAid', reason: 'R-505' };
  if (f.publicPlace) return { ruleKey: 'R-503.public', coverage: 'repairPublic', reason: 'R-503' };
  if (f.agreed) return { ruleKey: 'R-503.agreed', coverage: 'repairHousehold', reason: 'R-503' };
  if (f.completedDate === f.reportedDate) return { ruleKey: 'R-503.same-day', coverage: 'repairHousehold', reason: 'R-503' };
  return { ruleKey: 'R-503.household', coverage: 'repairHousehold', reason: 'R-503' };
}

/** the same kind of repair in the same unit three times or more. */
export const REPEAT_THRESHOLD = 3;
export function isRepeat(count: number): boolean {
  return count >= REPEAT_THRESHOLD;
}
