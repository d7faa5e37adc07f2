import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';
// when coverage is below 100 %, the sample is deterministic and spread
// evenly: with rate r, the k-th eligible record of the month (in order of
// completion) is sampled when ceil(k·r) > ceil((k−1)·r) — the 1st, 4th, 7th,
// 11th… at 30 % — so coverage never drops below r.
export function sampled(k: number, rate: number): boolean {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer: ${k}`);
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  // Work in integer hundredths of a percent so 0.3·10 is exactly 3.
  const r = Math.round(rate * 10000);
  const ceil = (x: number) => Math.ceil(x / 10000);
  return ceil(k * r) > ceil((k - 1) * r);
}

export const SATISFACTION = ['satisfied', 'basic', 'unsatisfied'] as const;

/** an unsatisfied follow-up reopens its source; satisfied or basically satisfied lets it close. */
export function reopens(satisfaction: string): boolean {
  return satisfaction === 'unsatisfied';
}
export const METHODS = ['phone', 'visit'] as const;

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = { group: 'followup', types: ['followup'], final: ['done', 'skipped', 'voided'], gist: ['source', 'satisfaction'] };

export const FOLLOWUP_MACHINE: Machine = {
  type: 'followup',
  next: { due: ['done', 'skipped'] },
  verbs: { done: 'followup record', skipped: 'followup skip' },
};
