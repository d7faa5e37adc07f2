// The key cabinet 钥匙管理 (§7). Pure: states, the loan machine, hooks.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

export const KEY_KINDS = ['door', 'mailbox', 'other'] as const;
export const CUSTODY = ['developer', 'entrusted', 'unsold', 'public'] as const;

/** A key movement YS (§0b): open → returned (→ inspecting for contractors, R-703) → closed. */
export const LOAN_MACHINE: Machine = {
  type: 'keyMove',
  next: { open: ['returned'], returned: ['inspecting', 'closed'], inspecting: ['closed'] },
  verbs: { returned: 'keys return', inspecting: 'keys return --inspection fail', closed: 'keys return --inspection pass' },
};

/** a key lost while lent ends its loan, whatever step the loan was at. */
export const LOST_MACHINE: Machine = {
  type: 'keyMove',
  next: { open: ['closed'], returned: ['closed'], inspecting: ['closed'] },
  verbs: { closed: 'keys lost' },
};

export function hookName(n: number): string {
  return `K${String(n).padStart(4, '0')}`;
}

/** `<key>`: a hook number, or `<unit>:<kind>` (cli.md). */
export function parseKeyRef(ref: string): { hook: string } | { unit: string; kind: string } {
  const s = ref.trim();
  const i = s.lastIndexOf(':');
  if (i > 0 && (KEY_KINDS as readonly string[]).includes(s.slice(i + 1))) return { unit: s.slice(0, i), kind: s.slice(i + 1) };
  return { hook: s };
}

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = { group: 'keys', types: ['keyMove'], final: ['closed', 'voided'], gist: ['hook', 'borrower', 'reason'] };
