// record numbers are prefix + year + sequence (per prefix and year),
// four digits, widening past 9999. Never reused.
import { refuse } from './errors.js';

export const PREFIXES = {
  checkin: 'JF',
  renovation: 'ZX',
  complaint: 'TS',
  suggestion: 'JY',
  repair: 'BX',
  visit: 'LF',
  keyMove: 'YS',
  followup: 'HF',
  notice: 'TZ',
  patrol: 'XC',
  survey: 'DC',
  lending: 'JD',
  lease: 'ZL',
  meeting: 'HY',
} as const;

export type Prefix = (typeof PREFIXES)[keyof typeof PREFIXES];

export function formatNo(prefix: string, year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new Error(`bad sequence ${seq}`);
  return `${prefix}-${year}-${String(seq).padStart(4, '0')}`;
}

const NO_RE = /^([A-Za-z]{2})-(\d{4})-(\d{4,})$/;

/** Normalise a number typed by a user (case-insensitive, R-000 / cli.md). */
export function parseNo(input: string): { no: string; prefix: string; year: number; seq: number } {
  const m = NO_RE.exec(String(input).trim());
  if (!m) refuse('E_NUMBER', 'err.recordNo', { value: input });
  const prefix = m[1].toUpperCase();
  return { no: `${prefix}-${m[2]}-${m[3]}`, prefix, year: Number(m[2]), seq: Number(m[3]) };
}
