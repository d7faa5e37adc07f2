// The monthly report's 12-month trends (issue 22, R-900): each KPI and the main
// counts for the report's month and the 11 before it. Not the month's report run
// twelve times (that cost ~3.5 s on a large estate): each series is one
// grouped-by-month query over the 12-month window (core/store/reports.ts and each
// workflow's `monthlyTrend`), counting exactly as the month's sections do, so the
// last point is the month's own KPIs.
import type { MonthlyTrend, TrendMonth } from '../core/kind.js';
import type { Session } from '../core/session.js';
import { followupCoverageByMonth, monthsParam, satisfactionByMonth, unitCountByMonth } from '../core/store/reports.js';
import { addMonths, monthRange } from '../core/time.js';
import { rate } from '../formats/doc.js';
import { kpiFormulas, kpiValues, TREND_MONTHS, type TrendPoint } from './kpis.js';

/** The trend's months, oldest first, ending with `month`. */
export function trendMonths(month: string, tz: string, n = TREND_MONTHS): TrendMonth[] {
  return Array.from({ length: n }, (_, i) => {
    const m = addMonths(`${month}-01`, i - (n - 1)).slice(0, 7);
    return { month: m, ...monthRange(m, tz) };
  });
}

/** The workflows that give trend series (complaint, repair, renovate, visit); one without it counts zeros. */
const TREND_OWNERS = ['complaint', 'repair', 'renovate', 'visit'];

export async function trends(s: Session, month: string): Promise<TrendPoint[]> {
  const months = trendMonths(month, s.tz);
  const { loadKind } = await import('../workflows/index.js');
  const series: Record<string, Record<string, number>> = {};
  for (const owner of TREND_OWNERS) {
    const fn: MonthlyTrend | undefined = (await loadKind(owner)).monthlyTrend;
    if (fn) for (const [k, v] of Object.entries(fn(s, months))) series[k] = v;
  }
  const ms = monthsParam(months);
  const byMonth = <T extends { month: string }>(rows: T[]) => new Map(rows.map((r) => [r.month, r]));
  const cf = byMonth(followupCoverageByMonth(s.db, 'complaint', ms, s.now));
  const rf = byMonth(followupCoverageByMonth(s.db, 'repair', ms, s.now));
  const sat = byMonth(satisfactionByMonth(s.db, ms));
  const units = byMonth(unitCountByMonth(s.db, months));
  const n = (name: string, m: string) => series[name]?.[m] ?? 0;
  return months.map(({ month: m }) => {
    const formulas = kpiFormulas({
      repairOnTime: n('onTime', m),
      repairLate: n('late', m),
      complaints: n('total', m),
      units: units.get(m)?.units ?? 0,
      complaintHandled: rate(n('handledOnTime', m), n('handledDue', m)),
      complaintFollowup: cf.get(m) ?? { done: 0, due: 0 },
      repairFollowup: rf.get(m) ?? { done: 0, due: 0 },
      followupsDone: sat.get(m)?.done ?? 0,
      satisfied: sat.get(m)?.satisfied ?? 0,
    });
    return {
      month: m,
      kpis: kpiValues(formulas),
      counts: {
        complaints: n('total', m),
        complaintsByClass: Object.fromEntries(['major', 'important', 'minor', 'invalid', 'unclassified'].map((c) => [c, n(c, m)])),
        repairs: n('requests', m),
        renovationsActive: n('active', m),
        visits: n('visitors', m),
      },
    };
  });
}
