// CSV export of record types: the common record columns for every
// type, per-type columns added by the workflow modules' `exportColumns`.
import type { Session } from '../core/session.js';
import { iterateRecords, iterateLedger, iterateRepairs, REPAIR_CELLS, REPAIR_LINE_CELLS, repairLines } from '../core/store/exports.js';
import { maskPhone } from '../core/identity.js';
import { formatFen } from '../core/money.js';
import type { Kind } from '../core/kind.js';
import type { CellKind } from '../formats/xlsx.js';
import type { T } from '../core/io.js';
import { say } from '../core/words.js';
import { csvLine, isPlainCsvLine } from '../formats/csv.js';
import { WORDS } from '../i18n/index.js';

/**
 * The cell kind of each export column in a workbook (issue 22): numbers a
 * spreadsheet would mangle (18-digit IDs, phones, record/receipt/unit numbers,
 * key hooks) are text; amounts and areas numbers with 2 decimals; times dates.
 */
export const COLUMN_KINDS: Record<string, CellKind> = {
  no: 'text',
  receipt_no: 'text',
  unit: 'text',
  code: 'text',
  building: 'text',
  floor: 'text',
  id_number: 'text',
  phone: 'text',
  hook: 'text',
  subject: 'text',
  old: 'text',
  new: 'text',
  amount: 'money',
  held: 'money',
  area: 'decimal',
  count: 'count',
  id: 'count',
  at: 'date',
  entered_at: 'date',
  created: 'date',
  entered: 'date',
  updated: 'date',
  due: 'date',
  completed: 'date',
  returned: 'date',
  resolved: 'date',
  out: 'date',
  start: 'date',
  end: 'date',
};

const COMMON = ['no', 'type', 'status', 'unit', 'created', 'entered', 'updated', 'due', 'voided', 'void_reason'];

/** export <what> → the command group whose records it holds. */
export const EXPORT_GROUP: Record<string, string> = {
  checkins: 'checkin',
  renovations: 'renovate',
  complaints: 'complaint',
  repairs: 'repair',
  visits: 'visit',
  keys: 'keys',
  followups: 'followup',
  notices: 'notice',
  lending: 'lend',
  patrols: 'patrol',
  surveys: 'survey',
};

export function exportRows(
  s: Session,
  what: string,
  o: { from?: string; to?: string; unmask: boolean; kind?: Kind },
): { keys: string[]; rows: Iterable<unknown[]> } {
  if (what === 'ledger') {
    return {
      keys: ['no', 'item', 'direction', 'amount', 'at', 'receipt_no', 'clerk'],
      rows: (function* () {
        for (const l of iterateLedger(s.db, o.from, o.to)) yield [l.no, l.item, l.direction, formatFen(l.amount_fen), l.at, l.receipt_no, l.clerk];
      })(),
    };
  }
  const extra = o.kind?.exportColumns;
  if (what === 'repairs' && extra) {
    // One joined query instead of two lookups per row.
    return { keys: [...COMMON, ...extra.header.map((c) => c.replace(/^csv\./, ''))], rows: repairRows(s, o.unmask, o.from, o.to) };
  }
  return {
    keys: [...COMMON, ...(extra?.header ?? []).map((c) => c.replace(/^csv\./, ''))],
    rows: (function* () {
      for (const r of iterateRecords(s.db, o.kind!.types, o.from, o.to))
        yield [
          r.no,
          r.type,
          r.status,
          r.unit_code,
          r.event_at,
          r.created_at,
          r.updated_at,
          r.next_due,
          r.voided ? 'yes' : '',
          r.void_reason,
          ...(extra?.row ? extra.row(s, r, o.unmask) : []),
        ];
    })(),
  };
}

/** A repair row's cells as `export repairs` writes them before words: the phone masked, yuan from fen. */
function* repairRows(s: Session, unmask: boolean, from?: string, to?: string, id?: number): Iterable<unknown[]> {
  for (const row of iterateRepairs(s.db, from, to, id)) {
    const phone = row[REPAIR_CELLS.phone] as string | null;
    if (phone != null && !unmask) row[REPAIR_CELLS.phone] = maskPhone(phone);
    const fen = row[REPAIR_CELLS.amountFen] as number | null;
    row[REPAIR_CELLS.amountFen] = fen ? formatFen(fen) : '';
    yield row;
  }
}

/**
 * `export repairs` as CSV lines (issue 23: the largest export at the speed of the
 * query): SQLite joins each row's cells (core/store/exports.ts repairLines), with
 * the words of this language given to it; a line whose cells need nothing more
 * (no quoting, no formula guard) is written as it is; any other row is written by
 * the JS path (repairRows, wordCells, csvLine) — the same bytes either way.
 */
export function* repairCsvLines(
  s: Session,
  t: T,
  lang: 'zh' | 'en',
  keys: string[],
  o: { from?: string; to?: string; unmask: boolean },
): Iterable<string> {
  const zh = lang !== 'en';
  /** code → word of a closed list of repairs, for the codes that have words (say() decides, as in wordCells). */
  const words = (list: string): Record<string, string> | undefined => {
    if (!zh) return undefined;
    const codes = new Set([...Object.keys(WORDS.repair?.[list] ?? {}), ...Object.keys(WORDS.core?.[list] ?? {})]);
    const out: Record<string, string> = {};
    for (const code of codes) if (code && !/[,\s]/.test(code)) out[code] = say(t, 'repair', list, code);
    return out;
  };
  const typeName = zh && t('type.repair') !== 'type.repair' ? t('type.repair') : 'repair';
  const lines = repairLines(
    s.db,
    {
      type: typeName,
      yes: zh ? t('word.yes') : 'yes',
      no: zh ? t('word.no') : 'no',
      status: words('status'),
      kind: words('kind'),
      urgency: words('urgency'),
      unmask: o.unmask,
    },
    o.from,
    o.to,
  );
  for (const [line, id] of lines) {
    if (line !== null && isPlainCsvLine(line, REPAIR_LINE_CELLS)) yield `${line}\r\n`;
    else for (const row of wordCells(t, lang, 'repairs', keys, repairRows(s, o.unmask, undefined, undefined, id))) yield csvLine(row);
  }
}

/** Columns whose cells are codes of a closed list, by the list's name (issue 18). */
const WORDED: Record<string, string> = {
  status: 'status',
  category: 'category',
  channel: 'channel',
  class: 'class',
  kind: 'kind',
  urgency: 'urgency',
  help_kind: 'helpKind',
  invalid_kind: 'invalidKind',
  direction: 'direction',
  item: 'item',
  role: 'role',
  id_type: 'idType',
  satisfaction: 'satisfaction',
  method: 'method',
  outcome: 'outcome',
  custody: 'custody',
  scope: 'scope',
  entry: 'entry',
  source: 'source',
  result: 'result',
  area: 'area',
  step: 'step',
  about: 'about',
  audience: 'audience',
  'patrol.kind': 'kind',
  'patrol.half': 'half',
  'patrol.result': 'result',
  'patrol.failed': 'check',
};

/**
 * Issue 18: CSV and workbook cells in the clerk's language — a closed list's code becomes
 * its word (状态 已结案, 类别 报修), a record's type its name; in English, and with --json, the codes.
 */
export function* wordCells(t: T, lang: 'zh' | 'en', what: string, keys: string[], rows: Iterable<unknown[]>): Iterable<unknown[]> {
  // English cells keep the codes (they are English words, and what scripts and re-imports read).
  if (lang === 'en') return yield* rows;
  const typeAt = keys.indexOf('type');
  const fixed = what === 'units' ? 'unit' : what === 'residents' ? 'resident' : what === 'ledger' ? 'core' : null;
  const cols = keys.map((k, i) => [i, WORDED[k]] as const).filter(([, list]) => list && !(what === 'units' && list === 'area'));
  // yes/no cells (voided, a repair's on time, a lent item damaged) in words.
  const yesNo = keys.flatMap((k, i) => (k === 'voided' || k === 'onTime' || k === 'damaged' ? [i] : []));
  if (what === 'audit') return yield* rows;
  const yes = { yes: t('word.yes'), no: t('word.no') };
  // The words of a cell depend only on its column, its scope and its code: each is looked up once (issue 23).
  const memo = cols.map(() => new Map<string, string>());
  const typeNames = new Map<string, string>();
  for (const out of rows) {
    // Rows are fresh arrays from the export's own iterators: the words replace the codes in place.
    const scope = fixed ?? String(out[typeAt] ?? '');
    for (let c = 0; c < cols.length; c++) {
      const [i, list] = cols[c];
      const v = out[i];
      if (typeof v === 'string' && v) {
        const key = `${scope}\u0000${v}`;
        let w = memo[c].get(key);
        if (w === undefined) {
          w = v
            .split(/,\s*|\s+/)
            .map((p) => say(t, scope, list, p))
            .join(t('word.comma'));
          memo[c].set(key, w);
        }
        out[i] = w;
      }
    }
    if (typeAt >= 0 && typeof out[typeAt] === 'string') {
      const code = out[typeAt] as string;
      let name = typeNames.get(code);
      if (name === undefined) {
        name = t(`type.${code}`);
        if (name === `type.${code}`) name = code;
        typeNames.set(code, name);
      }
      out[typeAt] = name;
    }
    for (const i of yesNo) if (out[i] === 'yes' || out[i] === 'no') out[i] = yes[out[i] as 'yes' | 'no'];
    yield out;
  }
}
