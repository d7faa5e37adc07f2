// Small lending at the desk 借用 (R-1300, seed 004 雨伞借用): pure rules — the loan's
// states, which item a clerk means, what comes back of the deposit, the daily count.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

/**
 * A loan JD: `lent` → `returned` (the item is back; undamaged the whole deposit is
 * refunded, damaged the desk keeps all of it or `--keep` of it, seed 004 §4.2).
 */
export const LOAN_MACHINE: Machine = {
  type: 'lending',
  next: { lent: ['returned'] },
  verbs: { returned: 'lend back' },
};

/** The record group (cli.md), its record type and the states after which nothing is open. */
export const INFO: KindInfo = {
  group: 'lend',
  types: ['lending'],
  final: ['returned', 'voided'],
  gist: ['itemName', 'count', 'borrower'],
};

/** An item of the profile's list (profile lend.items, core/profile.ts LendItem). */
export interface LendItem {
  name: string;
  stock: number;
  depositFen: number;
}

/** `--item`: the profile's key (umbrella) or its Chinese name (雨伞), case-insensitive; undefined when unknown. */
export function findItem(items: Record<string, LendItem>, typed: string): string | undefined {
  const t = typed.trim().toLowerCase();
  return Object.keys(items).find((k) => k.toLowerCase() === t || items[k].name === typed.trim());
}

/** R-1300 / seed 004 §4.2: back undamaged → all refunded; damaged → kept (all unless a smaller `--keep`). */
export function settle(depositFen: number, damaged: boolean, keepFen: number | undefined): { refundFen: number; keptFen: number } {
  if (!damaged) return { refundFen: depositFen, keptFen: 0 };
  const kept = keepFen === undefined ? depositFen : keepFen;
  return { refundFen: depositFen - kept, keptFen: kept };
}

/** One line of the daily count (seed 004 §4.3): the desk should hold stock − out; a counted number may differ. */
export interface CountLine {
  item: string;
  name: string;
  stock: number;
  out: number;
  onHand: number; // expected: stock − out
  counted: number | null;
  difference: number | null; // counted − expected
}

export function countLine(item: string, it: LendItem, out: number, counted: number | null): CountLine {
  const onHand = it.stock - out;
  return { item, name: it.name, stock: it.stock, out, onHand, counted, difference: counted === null ? null : counted - onHand };
}

/** `--on-hand umbrella=18,trolley=4` (names or keys) → item key → count; `bad` names what could not be read. */
export function parseCounts(items: Record<string, LendItem>, typed: string): { counts: Record<string, number>; bad: string | null } {
  const counts: Record<string, number> = {};
  for (const part of typed.split(/[,，]/)) {
    const m = /^\s*([^=＝]+?)\s*[=＝]\s*(\d{1,5})\s*$/.exec(part);
    const key = m ? findItem(items, m[1]) : undefined;
    if (!m || !key) return { counts, bad: part.trim() };
    counts[key] = Number(m[2]);
  }
  return { counts, bad: null };
}
