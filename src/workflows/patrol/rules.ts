// Patrols 巡查 (§11, seed 001 §五 空置房屋管理, §十 公共区域巡查). Pure: the checks,
// the patrol machine, how a month's plan is spread over its working days.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';
import { addDays, isWorkingDay, type CalendarData } from '../../core/calendar.js';

/**
 * R-1100: what a patrol looks at (seed 001 §五: 卫生打扫情况, 设施设备完好情况; the desk's
 * sheet adds doors and windows closed, water and power off, no leaks), as closed values.
 */
export const CHECKS = ['clean', 'closed', 'utilities-off', 'no-leak', 'facilities'] as const;
export type Check = (typeof CHECKS)[number];

export const HALVES = ['am', 'pm'] as const;

/** A patrol XC: `planned` → `done` (carried out, findings or not). Findings have their own open/closed life. */
export const PATROL_MACHINE: Machine = {
  type: 'patrol',
  next: { planned: ['done'] },
  verbs: { done: 'patrol record' },
};

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = {
  group: 'patrol',
  types: ['patrol'],
  final: ['done', 'voided'],
  gist: ['target', 'plannedFor', 'result'],
};

/** The working days of a month (YYYY-MM) from `from` (a local date) on. */
export function workingDaysOf(month: string, cal: CalendarData, from = `${month}-01`): string[] {
  const out: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) if (d >= from && isWorkingDay(d, cal)) out.push(d);
  return out;
}

/**
 * R-1100: `n` items spread evenly over `days` in order: item i falls on day ⌊i·D/n⌋, so
 * 12 units over 21 working days land on days 1, 2, 4, 6, 8, 9, … and no day takes more
 * than ⌈n/D⌉.
 */
export function spread(n: number, days: readonly string[]): string[] {
  if (!days.length) return [];
  return Array.from({ length: n }, (_, i) => days[Math.floor((i * days.length) / n)]);
}

/** R-1101: which round a check at local time `hhmm` belongs to: the morning one until its due time, then the afternoon one. */
export function halfAt(hhmm: string, amDue: string): 'am' | 'pm' {
  return hhmm < amDue ? 'am' : 'pm';
}

/** `--check a,b`: the failed checks of a finding, each one of CHECKS; null names the bad one. */
export function parseChecks(raw: string): { checks: Check[]; bad: string | null } {
  const checks: Check[] = [];
  for (const p of raw
    .split(/[,，]/)
    .map((x) => x.trim())
    .filter(Boolean)) {
    if (!(CHECKS as readonly string[]).includes(p)) return { checks, bad: p };
    if (!checks.includes(p as Check)) checks.push(p as Check);
  }
  return { checks, bad: checks.length ? null : raw };
}
