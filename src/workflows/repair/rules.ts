// Repairs 报修 (§5): states, which deadline applies, which follow-up rules, repeats.
// Pure: the repair facts and the profile are arguments; no clock, no I/O.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';
import { reopens } from '../followup/api.js';

export const URGENCIES = ['normal', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const HELP_KINDS = ['first-aid', 'security', 'flood', 'fire', 'other'] as const; // R-505 求助
export type HelpKind = (typeof HELP_KINDS)[number];

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

/**
 * R-502 (and R-202 for handover defects): the rule of the completion deadline.
 * An agreed time replaces the same-day / 7-day rule.
 */
export function completionRule(f: { source: string; size: 'small' | 'large'; agreed: boolean }): string {
  if (f.agreed) return 'R-502.agreed';
  if (f.source === 'checkin-defect') return f.size === 'large' ? 'R-202.defect.large' : 'R-202.defect.small';
  return f.size === 'large' ? 'R-502.large' : 'R-502.small';
}

export interface RepairFacts {
  source: string; // desk | checkin-defect | visit | patrol
  publicPlace: string | null;
  help: string | null;
  reportedDate: string; // local YYYY-MM-DD of the report
  completedDate: string; // local YYYY-MM-DD of the completion
  agreedAt: string | null; // an agreed later time (ISO with offset), if one was set
  completedAt: string; // ISO with offset
  reworked: boolean; // completed again after an unsatisfied follow-up
}

/** The classes of completed repairs whose follow-ups are sampled separately. */
export type SampleClass = 'household' | 'public' | 'checkinDefect' | 'firstAid' | 'help';

export interface FollowupPlan {
  /** Profile deadline rules that apply; the follow-up is due by the tightest (cli.md). */
  ruleKeys: string[];
  /** Profile coverage key (R-801 rate), or null for 100 % by rule. */
  coverage: 'repairHousehold' | 'repairPublic' | 'checkinDefect' | 'firstAid' | 'help' | null;
  /** The eligible class the R-801 position is counted in (null when not sampled). */
  sampleClass: SampleClass | null;
  reason: string; // shown on the follow-up, e.g. "R-503"
}

/**
 * Which follow-up a completed repair gets.
 * - a handover defect's repair: within R-202.followup (24 h), at coverage.checkinDefect (100 %);
 * - a first-aid help request: within a week, at coverage.firstAid (100 %);
 * - any other help request 求助 (security, flooding, fire, other): within a week, at coverage.help (R-804, seed 001: 50 %);
 * - a public (engineering) repair: sampled, in the window one to two months after;
 * - a household repair: sampled, within 3 days, tightened to 24 h when done the
 *   same day it was reported and to 36 h when done within an agreed later time;
 * - a repair completed again after an unsatisfied follow-up is followed up again, 100 %.
 */
export function followupPlan(f: RepairFacts): FollowupPlan {
  if (f.source === 'checkin-defect')
    return {
      ruleKeys: ['R-202.followup'],
      coverage: f.reworked ? null : 'checkinDefect',
      sampleClass: f.reworked ? null : 'checkinDefect',
      reason: 'R-202',
    };
  if (f.help === 'first-aid')
    return {
      ruleKeys: ['R-505.first-aid-followup'],
      coverage: f.reworked ? null : 'firstAid',
      sampleClass: f.reworked ? null : 'firstAid',
      reason: 'R-505',
    };
  if (f.help) return { ruleKeys: ['R-804.help'], coverage: f.reworked ? null : 'help', sampleClass: f.reworked ? null : 'help', reason: 'R-804' };
  if (f.publicPlace)
    return { ruleKeys: ['R-503.public'], coverage: f.reworked ? null : 'repairPublic', sampleClass: f.reworked ? null : 'public', reason: 'R-503' };
  const ruleKeys = ['R-503.household'];
  if (f.completedDate === f.reportedDate) ruleKeys.push('R-503.same-day');
  if (f.agreedAt && Date.parse(f.completedAt) <= Date.parse(f.agreedAt)) ruleKeys.push('R-503.agreed');
  return {
    ruleKeys,
    coverage: f.reworked ? null : 'repairHousehold',
    sampleClass: f.reworked ? null : 'household',
    reason: f.reworked ? 'R-802' : 'R-503',
  };
}

/** What a follow-up result does to the repair: null = nothing. */
export function afterFollowup(status: string, satisfaction: string): 'closed' | 'reopened' | null {
  if (reopens(satisfaction)) return status === 'completed' || status === 'closed' ? 'reopened' : null;
  return status === 'completed' ? 'closed' : null;
}

/** the same kind of repair in the same unit three times or more (同一种维修三次以上). */
export const REPEAT_THRESHOLD = 3;
export function isRepeat(count: number): boolean {
  return count >= REPEAT_THRESHOLD;
}

/** a help request is an emergency; any other urgency with --help is refused. */
export function helpUrgency(help: string | null, urgency: string | undefined): Urgency | 'conflict' {
  if (!help) return (urgency as Urgency | undefined) ?? 'normal';
  if (urgency === undefined || urgency === 'emergency') return 'emergency';
  return 'conflict';
}

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = { group: 'repair', types: ['repair'], final: ['closed', 'voided'], gist: ['public', 'location', 'description'] };
