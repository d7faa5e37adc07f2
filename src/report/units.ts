// R-103 house-status table 房屋动态表: units per status at the end of the
// month, and every status change in the month.
import { unitChanges, unitCount, unitStatusAt } from '../core/store/reports.js';
import { UNIT_STATUSES } from '../workflows/registry/rules.js';
import type { DB } from '../core/store/db.js';

export interface UnitsSection {
  total: number;
  byStatus: Record<string, number>;
  changes: Array<{ unit: string; at: string; from: string | null; to: string; no: string | null }>;
  changeCounts: Record<string, number>; // "vacant→handed-over": 3
}

export function unitsSection(db: DB, from: string, to: string): UnitsSection {
  const byStatus = Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0])) as Record<string, number>;
  for (const r of unitStatusAt(db, to)) byStatus[r.status] = r.n;
  const changes = unitChanges(db, from, to).map((c) => ({ unit: c.code, at: c.at, from: c.old_status, to: c.new_status, no: c.no }));
  const changeCounts: Record<string, number> = {};
  for (const c of changes) changeCounts[`${c.from ?? ''}→${c.to}`] = (changeCounts[`${c.from ?? ''}→${c.to}`] ?? 0) + 1;
  return { total: unitCount(db, to), byStatus, changes, changeCounts };
}
