// What the uniform verbs (list/show/print/void, cli.md) need to know about a
// record type. Workflow modules export their own Kind with the extra JSON
// fields of their type; this table is the fallback for every group.
import type { Session } from './session.js';
import type { RecordRow } from './store/records.js';

export interface Kind {
  group: string; // command group, e.g. 'complaint'
  types: string[]; // record types it shows, e.g. ['complaint', 'suggestion']
  final: string[]; // states after which nothing is open (§0b)
  /** Extra per-type JSON fields (cli.md "Per-type JSON fields"). */
  detail?: (s: Session, r: RecordRow, unmask: boolean) => Record<string, unknown>;
  /** Extra CSV columns of `export <type>` after the common ones. */
  exportColumns?: { header: string[]; row?: (s: Session, r: RecordRow, unmask: boolean) => unknown[] };
  /** Lazy rules applied before any read of the type (R-403 escalation); list/show then run in a write transaction. */
  refresh?: (s: Session) => void;
  /** Called inside the void transaction (e.g. stop counting future inspections). */
  onVoid?: (s: Session, r: RecordRow) => void;
  /** `X list --<option> v` filters: option name → JSON field of the record (e.g. repair --tech). */
  listFilters?: Record<string, string>;
  /** JSON fields that say what a record is about, joined in the `list` table's last column. */
  gist?: string[];
  /** Printable forms of a record: templates/forms/<template>.eta with their data. */
  print?: (s: Session, r: RecordRow, unmask: boolean) => Array<{ template: string; title: string; data: Record<string, unknown> }>;
}

export const KINDS: Record<string, Kind> = {
  checkin: { group: 'checkin', types: ['checkin'], final: ['completed', 'voided'] },
  renovate: { group: 'renovate', types: ['renovation'], final: ['closed', 'rejected', 'voided'], gist: ['contractor', 'start', 'end'] },
  complaint: { group: 'complaint', types: ['complaint', 'suggestion'], final: ['closed', 'voided'], gist: ['name', 'about', 'description'] },
  repair: { group: 'repair', types: ['repair'], final: ['closed', 'voided'], gist: ['public', 'location', 'description'] },
  visit: { group: 'visit', types: ['visit'], final: ['out', 'closed', 'voided'], gist: ['name', 'purpose', 'category', 'description'] },
  keys: { group: 'keys', types: ['keyMove'], final: ['closed', 'voided'], gist: ['hook', 'borrower', 'reason'] },
  followup: { group: 'followup', types: ['followup'], final: ['done', 'skipped', 'voided'], gist: ['source', 'satisfaction'] },
  notice: { group: 'notice', types: ['notice'], final: ['expired', 'voided'] },
  patrol: { group: 'patrol', types: ['patrol'], final: ['done', 'voided'] },
  survey: { group: 'survey', types: ['survey'], final: ['closed', 'voided'] },
  lend: { group: 'lend', types: ['lending'], final: ['returned', 'closed', 'voided'] },
};

/** The workflow modules, loaded only when a command needs one. */
export const MODULES: Record<string, () => Promise<{ kind: Kind }>> = {
  checkin: () => import('../workflows/checkin/usecases.js'),
  keys: () => import('../workflows/keys/usecases.js'),
  complaint: () => import('../workflows/complaint/usecases.js'),
  followup: () => import('../workflows/followup/usecases.js'),
  visit: () => import('../workflows/visit/usecases.js'),
  repair: () => import('../workflows/repair/usecases.js'),
  renovate: () => import('../workflows/renovate/usecases.js'),
};

/** The groups whose module has lazy rules (`refresh`: R-403 escalation), applied before a report reads across types. */
export const LAZY_RULES = ['complaint'];

export async function loadKind(group: string): Promise<Kind> {
  const m = MODULES[group];
  return m ? (await m()).kind : KINDS[group];
}
