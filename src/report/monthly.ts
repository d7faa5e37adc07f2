// R-900 `report monthly`: one document with the month's desk in numbers.
// The units, follow-up and KPI sections are computed here from the shared
// tables; each workflow module may export `monthlySection(s, from, to)` for
// its own section (checkins, renovations, complaints, suggestions, repairs,
// keys, visits). A workflow that has not landed shows zeros, not an error.
import { auditHead, formatHead } from '../core/store/audit.js';
import { monthRange } from '../core/time.js';
import { followupCoverage, followupsDone, recordsByStatus, stepTimeliness } from '../core/store/reports.js';
import type { Session } from '../core/session.js';
import { unitsSection, type UnitsSection } from './units.js';
import { rate, type Rate } from '../formats/doc.js';
import { quarterOf, quarterRange } from '../core/quarter.js';
import { planProgressOf, type PlanProgress } from '../workflows/followup/api.js';
import { meetingsBetween } from '../workflows/meeting/api.js';
import { kpiFormulas, kpiValues, type TrendPoint } from './kpis.js';

export type { TrendPoint };

export type SectionFn = (s: Session, from: string, to: string) => Record<string, unknown>;

/** JSON section → the workflow module that may provide it. */
export const SECTION_OWNERS: Record<string, string> = {
  checkins: 'checkin',
  renovations: 'renovate',
  complaints: 'complaint',
  suggestions: 'complaint',
  repairs: 'repair',
  keys: 'keys',
  visits: 'visit',
  notices: 'notice',
  lending: 'lend',
  patrols: 'patrol',
  surveys: 'survey',
};

/** A workflow's section as its monthlySection gives it (see EMPTY); the report lists its numbers as they come. */
export type Section = Record<string, unknown>;

/** The fields of the complaints section that the report reads by name (complaint's monthlySection). */
export interface ComplaintsSection {
  total: number;
  byClass: Record<string, number>;
  byDept: Record<string, number>;
  byCause: Record<string, number>;
  answered24h: Rate;
  handledOnTime: Rate;
  repeats: Array<{ unit: string; about: string; count: number }>;
  /** hand-offs still waiting for the developer, with their age. */
  developerOpen?: Array<{ no: string; issue: string; openedAt: string; replyDue: string | null; ageDays: number }>;
  /** handling deadlines extended this month. */
  extensions?: Array<{ no: string; class: string | null; from: string; to: string; approvedBy: string; reason: string; at: string }>;
}

/** The fields of the repairs section that the report reads by name (repair's monthlySection). */
export interface RepairsSection {
  requests: number;
  completed: number;
  onTime: number;
  late: number;
  repeats: Array<{ unit: string; kind: string; count: number }>;
}

export interface Monthly {
  month: string;
  estate: string;
  generatedAt: string;
  units: UnitsSection;
  checkins: Section;
  renovations: Section;
  complaints: Section & ComplaintsSection;
  suggestions: Section;
  repairs: Section & RepairsSection;
  followups: ReturnType<typeof followupSection>;
  keys: Section;
  visits: Section & { byCategory: Record<string, number> };
  patrols: Section;
  surveys: Section;
  notices: Section;
  lending: Section;
  /** The last 12 months (oldest first, this month last), one grouped query per series (report/trends.ts, issue 22). */
  trends?: TrendPoint[];
  kpis: Record<string, unknown> & {
    formulas: Record<string, Rate>;
    /** The profile's `targets.*` (issue 22): a KPI without a target is not judged. */
    targets: Record<string, number | null>;
    /** true: meets its target; false: misses it; null: no target, or nothing to count yet. */
    pass: Record<string, boolean | null>;
  };
  /** the quarter of the month — planned follow-ups done by the month's end, by officer and area; the 楼长会 held. */
  planned: PlanProgress & { meetings: Array<{ no: string; heldOn: string }> };
  /** The audit head when the report was made: printed at the foot, so the signed copy anchors the log. */
  audit: { rows: number; head: string };
}

/** KPIs where lower is better (judged as value ≤ target). */
const LOWER_IS_BETTER = new Set(['complaintRatePer100Units']);

export function judge(key: string, value: number | null, target: number | null | undefined): boolean | null {
  if (value === null || target === null || target === undefined) return null;
  return LOWER_IS_BETTER.has(key) ? value <= target : value >= target;
}

/** What a section holds when its workflow has not landed (same keys, zeros). */
export const EMPTY: Record<string, Section> = {
  checkins: { started: 0, completed: 0, defects: 0, defectsClosed: 0, defectsOpen: 0 },
  renovations: {
    applications: 0,
    approvals: 0,
    rejections: 0,
    active: 0,
    inspectionsDone: 0,
    inspectionsRequired: 0,
    violations: 0,
    acceptances: 0,
    receivedFen: 0,
    refundedFen: 0,
    deductedFen: 0,
    heldFen: 0,
  },
  complaints: {
    total: 0,
    byClass: { major: 0, important: 0, minor: 0, invalid: 0, unclassified: 0 },
    byDept: {},
    byCause: {},
    answered24h: rate(0, 0),
    handledOnTime: rate(0, 0),
    escalated: 0,
    repeats: [],
    developerOpen: [],
    extensions: [],
  },
  suggestions: { suggestions: 0, praise: 0, adopted: 0, notAdopted: 0, told: 0 },
  repairs: { requests: 0, completed: 0, onTime: 0, late: 0, paidCount: 0, paidRevenueFen: 0, emergencies: 0, repeats: [] },
  keys: { lent: 0, returned: 0, overdue: 0, entrusted: 0, released: 0, lost: 0 },
  visits: { visitors: 0, byCategory: {} },
  notices: {
    posted: 0,
    public: 0,
    written: 0,
    phone: 0,
    urgent: 0,
    urgentOnTime: 0,
    urgentLate: 0,
    expired: 0,
    calls: 0,
    deadNumbers: 0,
    audience: 0,
    reached: 0,
    completionRate: null,
    targetRate: 0.95,
    meetingTarget: 0,
    belowTarget: 0,
  },
  lending: { loans: 0, itemsLent: 0, returns: 0, damaged: 0, overdue: 0, receivedFen: 0, refundedFen: 0, keptFen: 0, heldFen: 0 },
  patrols: {
    unitsPlanned: 0,
    unitsDone: 0,
    unitsMissed: 0,
    roundsPlanned: 0,
    roundsDone: 0,
    roundsMissed: 0,
    unplanned: 0,
    findings: 0,
    findingsOpen: 0,
    findingsClosed: 0,
    repairs: 0,
  },
  surveys: { surveys: 0, returns: 0, closed: 0, actionsOpen: 0 },
};

function followupSection(s: Session, from: string, to: string, complaintsTotal: number) {
  const done = followupsDone(s.db, from, to);
  const by: Record<string, { done: number; satisfied: number; basic: number; unsatisfied: number }> = {};
  for (const d of done) {
    const k = d.source_type === 'suggestion' ? 'complaint' : d.source_type;
    by[k] ??= { done: 0, satisfied: 0, basic: 0, unsatisfied: 0 };
    by[k].done += d.n;
    by[k][d.satisfaction as 'satisfied' | 'basic' | 'unsatisfied'] += d.n;
  }
  const due = stepTimeliness(s.db, 'followup', 'followup', from, to, s.now);
  const all = Object.values(by).reduce(
    (a, b) => ({ done: a.done + b.done, satisfied: a.satisfied + b.satisfied, basic: a.basic + b.basic, unsatisfied: a.unsatisfied + b.unsatisfied }),
    { done: 0, satisfied: 0, basic: 0, unsatisfied: 0 },
  );
  return { bySource: by, due: due.due, onTime: due.onTime, late: due.late, overdue: due.overdue, ...all, complaintsTotal };
}

/** The report of `month` with its 12-month trends (R-900, issue 22). */
export async function monthly(s: Session, month: string): Promise<Monthly> {
  const m = await oneMonth(s, month);
  const { trends } = await import('./trends.js');
  return { ...m, trends: await trends(s, month) };
}

async function oneMonth(s: Session, month: string): Promise<Monthly> {
  const { from, to } = monthRange(month, s.tz);
  const { loadKind } = await import('../workflows/index.js');
  const sections: Record<string, Section> = {};
  for (const [name, owner] of Object.entries(SECTION_OWNERS)) {
    const fn = (await loadKind(owner)).monthlySection;
    sections[name] = { ...structuredClone(EMPTY[name]), ...(fn ? fn(s, from, to, name) : {}) };
  }
  // The sections the report reads by name: the owners' monthlySection (or EMPTY) give these fields.
  const complaints = sections.complaints as Section & ComplaintsSection;
  const repairs = sections.repairs as Section & RepairsSection;
  const visits = sections.visits as Monthly['visits'];
  // Repairs on time from the deadlines table when the repairs module does not say.
  if (!repairs.requests) {
    const req = recordsByStatus(s.db, ['repair'], from, to).reduce((a, r) => a + r.n, 0);
    const t = stepTimeliness(s.db, 'repair', 'complete', from, to, s.now);
    Object.assign(repairs, { requests: req, completed: t.onTime + t.late, onTime: t.onTime, late: t.late });
  }
  const units = unitsSection(s.db, from, to);
  const followups = followupSection(s, from, to, complaints.total);
  const complaintsTotal = Number(complaints.total) || 0;
  // Fair month-to-date (issue 22): a follow-up counts once it is done or due.
  const cf = followupCoverage(s.db, ['complaint'], from, to, s.now);
  const rf = followupCoverage(s.db, ['repair'], from, to, s.now);
  const quarter = quarterOf(month.concat('-01'));
  const qr = quarterRange(quarter)!;
  const planned = {
    ...planProgressOf(s, quarter, to),
    meetings: meetingsBetween(s.db, qr.first, `${month}-31`).map((x) => ({ no: x.no, heldOn: x.held_on })),
  };
  const formulas = kpiFormulas({
    repairOnTime: repairs.onTime,
    repairLate: repairs.late,
    complaints: complaintsTotal,
    units: units.total,
    complaintHandled: complaints.handledOnTime ?? rate(0, 0),
    complaintFollowup: cf,
    repairFollowup: rf,
    followupsDone: followups.done,
    satisfied: followups.satisfied + followups.basic,
  });
  const kpis = kpiValues(formulas);
  const head = auditHead(s.db);
  const targets = Object.fromEntries(Object.keys(formulas).map((k) => [k, s.profile.targets?.[k] ?? null])) as Record<string, number | null>;
  const pass = Object.fromEntries(Object.keys(formulas).map((k) => [k, judge(k, kpis[k], targets[k])])) as Record<string, boolean | null>;
  return {
    month,
    estate: s.profile.estate.name,
    generatedAt: s.now,
    units,
    checkins: sections.checkins,
    renovations: sections.renovations,
    complaints,
    suggestions: sections.suggestions,
    repairs,
    followups,
    keys: sections.keys,
    visits,
    notices: sections.notices,
    lending: sections.lending,
    kpis: { ...kpis, formulas, targets, pass },
    audit: { rows: head.rows, head: formatHead(head) },
    patrols: sections.patrols,
    surveys: sections.surveys,
    planned,
  };
}
