// personal data — validation of mainland ID numbers (GB 11643 check
// digit), unified social credit codes (GB 32100), phones; masking.
import { refuse } from './errors.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The GB 11643 check character of the first 17 digits. */
export function idCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** Why an 18-digit mainland ID number is invalid, or null when it is valid. */
export function idNumberProblem(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return 'id.format';
  if (s[0] === '0') return 'id.region';
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return 'id.birth';
  if (idCheckChar(s) !== s[17]) return 'id.check';
  return null;
}

export function normalizeIdNumber(raw: string, flag = 'id-number'): string {
  const problem = idNumberProblem(raw);
  if (problem) refuse('E_VALUE', 'err.idNumber', { flag, value: mask(raw), why: problem });
  return raw.trim().toUpperCase();
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015 unified social credit code (统一社会信用代码), e.g. 91350100M000100Y43. */
export function isCreditCode(raw: string): boolean {
  const s = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(s[i]) * USCC_WEIGHTS[i];
  const c = (31 - (sum % 31)) % 31;
  return USCC_CHARS[c] === s[17];
}

export function normalizeCreditCode(raw: string, flag = 'licence'): string {
  if (!isCreditCode(raw)) refuse('E_VALUE', 'err.creditCode', { flag, value: raw });
  return raw.trim().toUpperCase();
}

export const ID_TYPES = ['id', 'passport', 'hk-macau', 'taiwan', 'company'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Validate a document number by its type; returns the normalised number. */
export function normalizeDocument(idType: IdType, raw: string, flag = 'id-number'): string {
  const s = raw.trim().toUpperCase();
  switch (idType) {
    case 'id':
      return normalizeIdNumber(s, flag);
    case 'company':
      return normalizeCreditCode(s, flag);
    default:
      // Passports and travel permits: letters and digits, 5–20 characters.
      if (!/^[A-Z0-9]{5,20}$/.test(s)) refuse('E_VALUE', 'err.document', { flag, value: mask(s) });
      return s;
  }
}

/** Mainland mobile 1[3-9]xxxxxxxxx, or a landline (with or without area code). */
export function normalizePhone(raw: string, flag = 'phone'): string {
  let s = String(raw)
    .trim()
    .replace(/[\s()]/g, '');
  s = s.replace(/^(\+86|0086)-?/, '');
  const digits = s.replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return digits;
  const landline = /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/.test(s) || /^[2-9]\d{6,7}$/.test(s);
  if (landline) return s;
  refuse('E_VALUE', 'err.phone', { flag, value: raw });
}

/** Mask an ID number or any personal number: 110105********1234. */
export function mask(value: string | null | undefined): string {
  if (value == null || value === '') return '';
  const s = String(value);
  if (s.length >= 15) return s.slice(0, 6) + '*'.repeat(s.length - 10) + s.slice(-4);
  if (s.length > 6) return s.slice(0, 2) + '*'.repeat(s.length - 4) + s.slice(-2);
  return '*'.repeat(s.length);
}

/** Mask a phone: 138****5678, 021-****5678. */
export function maskPhone(value: string | null | undefined): string {
  if (value == null || value === '') return '';
  const s = String(value);
  if (/^1\d{10}$/.test(s)) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  const m = /^(0\d{2,3}-?)(\d+)(.*)$/.exec(s);
  if (m) return m[1] + '*'.repeat(Math.max(0, m[2].length - 4)) + m[2].slice(-4) + m[3];
  return '*'.repeat(Math.max(0, s.length - 4)) + s.slice(-4);
}
