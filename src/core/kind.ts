// What the uniform verbs (list/show/print/void, cli.md), exports and reports need to
// know about a record type. Each workflow folder describes its own (its index.ts);
// the registry src/workflows/index.ts lists them. Nothing here imports a workflow.
import type { Session } from './session.js';
import type { RecordRow } from './store/records.js';

/** The cheap, static part of a record group: known at start-up without loading the workflow. */
export interface KindInfo {
  group: string; // command group, e.g. 'complaint'
  types: string[]; // record types it shows, e.g. ['complaint', 'suggestion']
  final: string[]; // states after which nothing is open (§0b)
  /** JSON fields that say what a record is about, joined in the `list` table's last column. */
  gist?: string[];
  /** `X list --<option> v` filters: option name → JSON field of the record (e.g. repair --tech). */
  listFilters?: Record<string, string>;
}

/** A monthly report section of a workflow. */
export type MonthlySection = (s: Session, from: string, to: string, name: string) => Record<string, unknown>;

/** One month of a trend (issue 22): its [from, to) in the estate's time, oldest first in a list. */
export interface TrendMonth {
  month: string; // YYYY-MM
  from: string;
  to: string;
}

/**
 * A workflow's series for the report's 12-month trends (issue 22, R-900): one grouped-by-month
 * query per series over the whole window, not the month's section run twelve times.
 * series name → month → number (a month without rows may be missing: it counts 0).
 */
export type MonthlyTrend = (s: Session, months: TrendMonth[]) => Record<string, Record<string, number>>;

/** What a follow-up's result does to its source record. */
export type FollowupHook = (s: Session, source: RecordRow, result: { satisfaction: string; followupNo: string }) => void;

/** The whole descriptor, loaded only when a command of the group runs. */
export interface Kind extends KindInfo {
  /** Extra per-type JSON fields (cli.md "Per-type JSON fields"). */
  detail?: (s: Session, r: RecordRow, unmask: boolean) => Record<string, unknown>;
  /**
   * The same fields for many records at once (issue 23: `list` without N+1): one statement per
   * table for all `rows`, the result in the order of `rows`, each equal to `detail` of that row.
   */
  details?: (s: Session, rows: RecordRow[], unmask: boolean) => Array<Record<string, unknown>>;
  /** Extra CSV columns of `export <type>` after the common ones. */
  exportColumns?: { header: string[]; row?: (s: Session, r: RecordRow, unmask: boolean) => unknown[] };
  /** A `list` filter beyond equality (lease --ending-within 30d): a predicate over the JSON rows, or undefined when not asked. */
  listWhere?: (s: Session, o: Record<string, unknown>) => ((r: Record<string, unknown>) => boolean) | undefined;
  /** Rules that fired by themselves (R-403 escalation), stored by a write of the type (void); reads derive them instead. */
  refresh?: (s: Session) => void;
  /** Called inside the void transaction (e.g. stop counting future inspections). */
  onVoid?: (s: Session, r: RecordRow) => void;
  /** Printable forms of a record: templates/forms/<template>.eta with their data. */
  print?: (s: Session, r: RecordRow, unmask: boolean) => Array<{ template: string; title: string; data: Record<string, unknown> }>;
  /** The workflow's sections of the monthly report, by section name. */
  monthlySection?: MonthlySection;
  /** The workflow's series of the 12-month trends (issue 22). */
  monthlyTrend?: MonthlyTrend;
  /** What a follow-up's result does to a record of this group. */
  onFollowup?: FollowupHook;
}
