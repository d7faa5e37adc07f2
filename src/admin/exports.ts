// CSV export of record types: the common record columns for every
// type, per-type columns added by the workflow modules' `exportColumns`.
import type { Session } from '../core/session.js';
import { iterateRecords, iterateLedger, iterateRepairs, REPAIR_CELLS } from '../core/store/exports.js';
import { maskPhone } from '../core/identity.js';
import { formatFen } from '../core/money.js';
import type { Kind } from '../core/kind.js';

/** export <what> → the command group whose records it holds. */
export const EXPORT_GROUP: Record<string, string> = {
  checkins: 'checkin',
  renovations: 'renovate',
  complaints: 'complaint',
  repairs: 'repair',
  visits: 'visit',
  keys: 'keys',
  followups: 'followup',
  patrols: 'patrol',
  surveys: 'survey',
};

export function exportRows(
  s: Session,
  what: string,
  o: { from?: string; to?: string; unmask: boolean; kind?: Kind },
): { header: string[]; rows: Iterable<unknown[]> } {
  const t = s.io.t;
  if (what === 'ledger') {
    return {
      header: ['no', 'item', 'direction', 'amount', 'at', 'receipt_no', 'clerk'].map((c) => t(`csv.${c}`)),
      rows: (function* () {
        for (const l of iterateLedger(s.db, o.from, o.to)) yield [l.no, l.item, l.direction, formatFen(l.amount_fen), l.at, l.receipt_no, l.clerk];
      })(),
    };
  }
  const extra = o.kind?.exportColumns;
  if (what === 'repairs' && extra) {
    // One joined query instead of two lookups per row.
    return {
      header: [
        ...['no', 'type', 'status', 'unit', 'created', 'entered', 'updated', 'due', 'voided', 'void_reason'].map((c) => t(`csv.${c}`)),
        ...extra.header.map((c) => t(c)),
      ],
      rows: (function* () {
        for (const row of iterateRepairs(s.db, o.from, o.to)) {
          const phone = row[REPAIR_CELLS.phone] as string | null;
          if (phone != null && !o.unmask) row[REPAIR_CELLS.phone] = maskPhone(phone);
          const fen = row[REPAIR_CELLS.amountFen] as number | null;
          row[REPAIR_CELLS.amountFen] = fen ? formatFen(fen) : '';
          yield row;
        }
      })(),
    };
  }
  return {
    header: [
      ...['no', 'type', 'status', 'unit', 'created', 'entered', 'updated', 'due', 'voided', 'void_reason'].map((c) => t(`csv.${c}`)),
      ...(extra?.header ?? []).map((c) => t(c)),
    ],
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
