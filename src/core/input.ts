// Free text and closed-list values typed by a clerk: checked once, with a
// one-line refusal naming the flag (cli.md exit 2; nothing is written).
import { refuse } from './errors.js';

/**
 * Characters no clerk types and that can forge what a reader sees: control characters
 * (a second line in `pmdesk audit` or its CSV), C1 controls, bidi overrides and isolates
 * (text that reads backwards), zero-width characters and the BOM (names that look equal).
 */
const FORGING = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/** At least one and at most `max` characters, none that could forge a line or hide text. */
export function checkText(v: string, max: number): boolean {
  return v.length >= 1 && [...v].length <= max && !FORGING.test(v);
}

/** Trimmed text of at most `max` characters, no control characters. */
export function text(v: string | undefined, flag: string, max = 500): string {
  const t = (v ?? '').trim();
  if (!checkText(t, max)) refuse('E_VALUE', 'err.text', { flag, max });
  return t;
}

/** `--reason`: one line of at most 500 characters, required (it goes to the audit log, R-004). */
export function reason(v: string | undefined, flag = 'reason', missing = 'err.reasonRequired'): string {
  if (!v?.trim()) refuse('E_USAGE', missing);
  return text(v, flag, 500);
}

/** `--clerk`: who is acting, one line of at most 64 characters (R-004: the audit log names them). */
export function clerkName(v: string): string {
  return text(v, 'clerk', 64);
}

/** One of `choices`; `dflt` when not given, else the flag is required. */
export function choice<T extends string>(v: string | undefined, flag: string, choices: readonly T[], dflt?: T): T {
  if (v === undefined) {
    if (dflt !== undefined) return dflt;
    refuse('E_USAGE', 'err.required', { flag });
  }
  if (!(choices as readonly string[]).includes(v)) refuse('E_VALUE', 'err.choice', { flag, value: v, choices: choices.join(' ') });
  return v as T;
}
