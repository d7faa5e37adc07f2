// money is integer fen (分). Yuan only at the edges (flags, rendering).
import { refuse } from './errors.js';

export type Fen = number;

/** Parse a yuan amount typed by a clerk ("12", "12.5", "12.50") into fen. */
export function parseYuan(input: string, flag = 'amount'): Fen {
  const s = String(input).trim();
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) refuse('E_VALUE', 'err.money', { flag, value: s });
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return assertFen(fen);
}

export function assertFen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer amount of fen: ${n}`);
  return n;
}

/** 123456 → "1234.56" */
export function formatFen(fen: Fen): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
