// Free text and closed-list values typed by a clerk: checked once, with a
// one-line refusal naming the flag (cli.md exit 2; nothing is written).
import { refuse } from './errors.js';

const CONTROL = /[\u0000-\u001f\u007f]/;

/** At least one and at most `max` characters, no control characters. */
export function checkText(v: string, max: number): boolean {
  return v.length >= 1 && v.length <= max && !CONTROL.test(v);
}

/** Trimmed text of at most `max` characters, no control characters. */
export function text(v: string | undefined, flag: string, max = 500): string {
  const t = (v ?? '').trim();
  if (!checkText(t, max)) refuse('E_VALUE', 'err.text', { flag, max });
  return t;
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
