// Small lending at the desk 借用 (R-1300, seed 004): `lend out` against a deposit
// (ledger: received), `lend back` checked for damage (ledger: refunded and/or
// deducted), `lend count` — the daily reconciliation of items and deposits.
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { maskPhone, normalizePhone } from '../../core/identity.js';
import { text } from '../../core/input.js';
import { formatFen, parseYuan } from '../../core/money.js';
import { closeDeadline, createRecord, loadRecord, move, openDeadline, post } from '../../core/loop.js';
import { getRecordById, type RecordRow } from '../../core/store/records.js';
import type { Kind } from '../../core/kind.js';
import type { LendItem } from '../../core/profile.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import { recordJson } from '../../records/usecases.js';
import { requireUnit } from '../registry/api.js';
import { countLine, findItem, INFO, LOAN_MACHINE, parseCounts, settle, type CountLine } from './rules.js';
import * as store from './store.js';

function items(s: Session): Record<string, LendItem> {
  return s.profile.lend?.items ?? {};
}

function count(v: string | undefined): number {
  const t = (v ?? '1').trim();
  if (!/^\d{1,3}$/.test(t) || Number(t) < 1) refuse('E_VALUE', 'err.integer', { flag: 'count', value: t, min: 1, max: 999 });
  return Number(t);
}

/** The item keys of the profile, for the prompt's select. */
export function itemKeys(io: Io): string[] {
  return read(io, (s) => Object.keys(items(s)));
}

/** `lend out` (R-1300): an item of the profile's list, as many as are on hand, against its deposit (ledger: received). */
export function lendOut(io: Io, o: { item?: string; to?: string; phone?: string; deposit?: string; count?: string; unit?: string }) {
  return write(io, (s) => {
    const list = items(s);
    const key = findItem(list, o.item ?? '');
    if (!key)
      refuse('E_VALUE', 'err.lendItem', {
        value: o.item ?? '',
        choices: Object.entries(list)
          .map(([k, v]) => `${k} (${v.name})`)
          .join(', '),
      });
    const it = list[key];
    const n = count(o.count);
    const to = text(o.to, 'to', 64);
    const phone = normalizePhone(o.phone ?? '', 'phone');
    const unit = o.unit ? requireUnit(s, o.unit) : null;
    const out = store.outByItem(s.db)[key] ?? 0;
    // Refused when the desk has not that many left (seed 004 §4.3: items on hand + out = stock).
    if (out + n > it.stock) refuse('E_STATE', 'err.lendNoneLeft', { item: it.name, stock: it.stock, out, left: Math.max(0, it.stock - out), n });
    const standard = it.depositFen * n;
    const depositFen = o.deposit === undefined ? standard : parseYuan(o.deposit, 'deposit');
    // The deposit is the profile's (a mistyped amount would not reconcile at the daily count).
    if (depositFen !== standard)
      refuse('E_VALUE', 'err.lendDeposit', { item: it.name, n, deposit: formatFen(standard), given: formatFen(depositFen), key });
    const r = createRecord(s, {
      type: 'lending',
      prefix: PREFIXES.lending,
      status: 'lent',
      unitId: unit?.id ?? null,
      data: { item: key, count: n, to, depositFen },
    });
    store.insertLoan(s.db, { record_id: r.id, item: key, count: n, borrower: to, phone, deposit_fen: depositFen });
    if (depositFen > 0) post(s, r, { item: 'lend-deposit', direction: 'received', amountFen: depositFen });
    openDeadline(s, r, 'return', 'R-1300.return', r.event_at);
    return loanJson(s, r);
  });
}

/** `lend back` (R-1300, seed 004 §4.2): checked for damage; the deposit refunded, or kept (all, or `--keep`) when damaged. */
export function lendBack(io: Io, no: string, o: { damaged?: boolean; keep?: string; note?: string }) {
  return write(io, (s) => {
    let r = loadRecord(s, no, INFO.types, INFO.group);
    const l = store.getLoan(s.db, r.id)!;
    if (r.status !== 'lent' && !r.voided)
      refuse('E_STATE', 'err.lendBackTwice', { no: r.no, at: (l.returned_at ?? '').slice(0, 16).replace('T', ' ') });
    if (o.keep !== undefined && !o.damaged) refuse('E_USAGE', 'err.lendKeepUndamaged');
    const keepFen = o.keep === undefined ? undefined : parseYuan(o.keep, 'keep');
    if (keepFen !== undefined && keepFen > l.deposit_fen)
      refuse('E_VALUE', 'err.lendKeepTooMuch', { keep: formatFen(keepFen), deposit: formatFen(l.deposit_fen) });
    const note = o.note === undefined ? null : text(o.note, 'note', 200);
    const { refundFen, keptFen } = settle(l.deposit_fen, !!o.damaged, keepFen);
    r = move(s, r, LOAN_MACHINE, 'returned', 'return', { damaged: !!o.damaged, refundFen, keptFen, note });
    store.markReturned(s.db, r.id, { at: s.at, damaged: !!o.damaged, keptFen, note });
    if (refundFen > 0) post(s, r, { item: 'lend-deposit', direction: 'refunded', amountFen: refundFen });
    if (keptFen > 0) post(s, r, { item: 'lend-deposit', direction: 'deducted', amountFen: keptFen });
    closeDeadline(s, r, 'return');
    return loanJson(s, r);
  });
}

/** A voided loan still out gives its deposit back in the ledger, so the held sum stays true. */
function onVoid(s: Session, r: RecordRow): void {
  const l = store.getLoan(s.db, r.id);
  if (!l || l.returned_at !== null || l.deposit_fen === 0) return;
  post(s, r, { item: 'lend-deposit-void', direction: 'refunded', amountFen: l.deposit_fen });
}

export interface CountResult {
  at: string;
  items: CountLine[];
  depositsHeldFen: number; // by the ledger
  openDepositsFen: number; // the deposits of the loans still out
  cashFen: number | null; // counted at the desk (--cash)
  differences: Array<{ what: string; expected: number; found: number }>;
  balanced: boolean;
}

/**
 * `lend count` (seed 004 §4.3: 客服部每天对押金与雨伞数量进行检查): for every item, stock = on
 * hand + out; the deposits held by the ledger = the deposits of the open loans; and, when
 * the clerk gives what was counted at the desk (`--on-hand`, `--cash`), each difference named.
 */
export function lendCount(io: Io, o: { onHand?: string; cash?: string }): CountResult {
  return read(io, (s) => {
    const list = items(s);
    let counted: Record<string, number> = {};
    if (o.onHand !== undefined) {
      const p = parseCounts(list, o.onHand);
      if (p.bad !== null) refuse('E_VALUE', 'err.lendOnHand', { value: p.bad, choices: Object.keys(list).join(', ') });
      counted = p.counts;
    }
    const cashFen = o.cash === undefined ? null : parseYuan(o.cash, 'cash');
    const out = store.outByItem(s.db);
    const lines = Object.entries(list).map(([k, it]) => countLine(k, it, out[k] ?? 0, k in counted ? counted[k] : null));
    const differences: CountResult['differences'] = [];
    for (const l of lines) {
      // More out than the desk owns: the stock in the profile is wrong, or a loan was not returned in the system.
      if (l.onHand < 0) differences.push({ what: `out:${l.item}`, expected: l.stock, found: l.out });
      if (l.difference) differences.push({ what: `onHand:${l.item}`, expected: l.onHand, found: l.counted! });
    }
    // Loans of an item no longer in the profile.
    for (const [k, n] of Object.entries(out)) if (!(k in list)) differences.push({ what: `unlisted:${k}`, expected: 0, found: n });
    const held = store.heldFen(s.db);
    const open = store.openDepositsFen(s.db);
    if (held !== open) differences.push({ what: 'deposits', expected: open, found: held });
    if (cashFen !== null && cashFen !== held) differences.push({ what: 'cash', expected: held, found: cashFen });
    return { at: s.now, items: lines, depositsHeldFen: held, openDepositsFen: open, cashFen, differences, balanced: differences.length === 0 };
  });
}

function loanJson(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

/** kind.details: detail() of every listed row in one statement (issue 23). */
function details(s: Session, rows: RecordRow[], unmask: boolean) {
  const loans = store.loansOf(
    s.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => detail(s, r, unmask, loans));
}

function detail(s: Session, r: RecordRow, unmask: boolean, pre?: Map<number, store.LoanRow>) {
  const l = pre ? pre.get(r.id) : store.getLoan(s.db, r.id);
  if (!l) return {};
  const it = items(s)[l.item];
  const refunded = l.returned_at ? l.deposit_fen - (l.kept_fen ?? 0) : 0;
  return {
    item: l.item,
    itemName: it?.name ?? l.item,
    count: l.count,
    borrower: l.borrower,
    phone: unmask ? l.phone : maskPhone(l.phone),
    depositFen: l.deposit_fen,
    returnedAt: l.returned_at,
    damaged: !!l.damaged,
    refundedFen: refunded,
    keptFen: l.kept_fen ?? 0,
    heldFen: r.voided || l.returned_at ? 0 : l.deposit_fen,
    note: l.note,
  };
}

export function monthlySection(s: Session, from: string, to: string) {
  const c = store.monthCounts(s.db, from, to);
  const g = store.ledgerIn(s.db, from, to);
  return {
    loans: c.loans,
    itemsLent: c.items,
    returns: c.returns,
    damaged: c.damaged,
    overdue: store.overdueAt(s.db, s.now < to ? s.now : to),
    receivedFen: g['received:lend-deposit'] ?? 0,
    refundedFen: (g['refunded:lend-deposit'] ?? 0) + (g['refunded:lend-deposit-void'] ?? 0),
    keptFen: g['deducted:lend-deposit'] ?? 0,
    heldFen: store.heldAt(s.db, to),
  };
}

export const kind: Kind = {
  ...INFO,
  detail,
  details,
  onVoid,
  monthlySection,
  exportColumns: {
    header: ['csv.item', 'csv.count', 'csv.borrower', 'csv.phone', 'csv.deposit', 'csv.returned', 'csv.damaged', 'csv.kept'],
    row: (s, r, unmask) => {
      const d = detail(s, r, unmask);
      return [
        d.itemName,
        d.count,
        d.borrower,
        d.phone,
        d.depositFen === undefined ? '' : formatFen(d.depositFen),
        d.returnedAt,
        d.damaged ? 'yes' : '',
        d.keptFen ? formatFen(d.keptFen) : '',
      ];
    },
  },
  print(s, r, unmask) {
    const d = detail(s, r, unmask);
    return [
      {
        template: 'lend-slip',
        title: s.io.t('lend.form.slip'),
        data: {
          no: r.no,
          unit: r.unit_code,
          createdAt: r.event_at,
          dueAt: store.returnDue(s.db, r.id),
          ...d,
          deposit: formatFen(d.depositFen ?? 0),
          refunded: formatFen(d.refundedFen ?? 0),
          kept: formatFen(d.keptFen ?? 0),
          voided: !!r.voided,
        },
      },
    ];
  },
};
