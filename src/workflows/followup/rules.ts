import { addDays, isWorkingDay, type CalendarData } from '../../core/calendar.js';
export { nextQuarter, quarterOf, quarterRange } from '../../core/quarter.js';
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

// ── R-803 planned follow-ups ────────────────────────────────────────────

/** The working days from `first` to `last` (local dates, inclusive), by the calendar (§0a). */
export function workingDaysBetween(first: string, last: string, cal: CalendarData): string[] {
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) if (isWorkingDay(d, cal)) out.push(d);
  return out;
}

/**
 * R-803 (deterministic like R-801): `n` follow-ups spread evenly over `days` in order —
 * item i falls on day ⌊i·D/n⌋, so no day takes more than ⌈n/D⌉ and the gaps differ by at most one day.
 */
export function spreadOver(n: number, days: readonly string[]): string[] {
  if (!days.length) return [];
  return Array.from({ length: n }, (_, i) => days[Math.floor((i * days.length) / n)]);
}

/**
 * the director's `n` yearly visits (seed 000 第13條: 1–2 a year) fall in the middle of
 * equal parts of the year's working days: visit i on day ⌊(2i+1)·D/(2n)⌋ — one visit: early
 * July; two: early April and early October.
 */
export function directorDays(n: number, yearDays: readonly string[]): string[] {
  if (!yearDays.length || n < 1) return [];
  return Array.from({ length: n }, (_, i) => yearDays[Math.floor(((2 * i + 1) * yearDays.length) / (2 * n))]);
}

/** a household someone lives in — the owner (occupied) or a tenant (leased). */
export const LIVED_IN = ['occupied', 'leased'] as const;
