// The KPI formulas of the monthly report, shared by the month's report
// (monthly.ts) and each month of its 12-month trends (trends.ts, issue 22).
import { rate, type Rate } from '../formats/doc.js';

/** One month of the trends: each KPI's value and the main counts. */
export interface TrendPoint {
  month: string;
  kpis: Record<string, number | null>;
  counts: { complaints: number; complaintsByClass: Record<string, number>; repairs: number; renovationsActive: number; visits: number };
}

export const TREND_MONTHS = 12;

/** The numbers the KPIs are computed from: the month's report and each month of the trends (issue 22) use these formulas. */
export interface KpiCounts {
  repairOnTime: number;
  repairLate: number;
  complaints: number;
  units: number;
  complaintHandled: Rate;
  complaintFollowup: { done: number; due: number };
  repairFollowup: { done: number; due: number };
  followupsDone: number;
  satisfied: number; // satisfied or basic
}

/** R-900 KPIs with their formulas (numerator / denominator). */
export function kpiFormulas(c: KpiCounts): Record<string, Rate> {
  return {
    repairTimelinessRate: rate(c.repairOnTime, c.repairOnTime + c.repairLate),
    complaintRatePer100Units: rate(c.complaints * 100, c.units),
    complaintOnTimeRate: c.complaintHandled,
    complaintFollowupRate: rate(c.complaintFollowup.done, c.complaintFollowup.due),
    repairFollowupRate: rate(c.repairFollowup.done, c.repairFollowup.due),
    satisfactionRate: rate(c.satisfied, c.followupsDone),
  };
}

/** Each KPI's value: a 0–1 rate, complaints per 100 units with 2 decimals; null when there is nothing to count. */
export function kpiValues(formulas: Record<string, Rate>): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(formulas).map(([k, r]) => [
      k,
      k === 'complaintRatePer100Units' ? (r.den ? Math.round((r.num / r.den) * 100) / 100 : null) : r.value,
    ]),
  ) as Record<string, number | null>;
}
