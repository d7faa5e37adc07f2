// Record states (domain.md §0b). A workflow declares its machine; a transition
// its state does not allow is refused (exit 2) naming the state and what is
// allowed next.
import { refuse } from './errors.js';
import { wordKey } from './words.js';

export interface Machine {
  type: string; // e.g. 'complaint'
  /** state → states reachable from it */
  next: Record<string, readonly string[]>;
  /** target state → the command that leads there (for the refusal message) */
  verbs?: Record<string, string>;
}

export function canMove(machine: Machine, from: string, to: string): boolean {
  return (machine.next[from] ?? []).includes(to);
}

export function assertMove(machine: Machine, no: string, from: string, to: string): void {
  if (from === 'voided') refuse('E_STATE', 'err.voided', { no });
  if (canMove(machine, from, to)) return;
  const allowed = (machine.next[from] ?? []).map((s) => machine.verbs?.[s] ?? s);
  // Issue 18: the states are named by their words' keys (the message translates them).
  refuse('E_STATE', 'err.state', {
    no,
    status: wordKey(machine.type, 'status', from),
    to: wordKey(machine.type, 'status', to),
    allowed: allowed.length ? allowed.join(', ') : '-',
  });
}

/** Every state a machine names, each once (shell completion of --status). */
export function statesOf(machine: Machine): string[] {
  return [...new Set(Object.entries(machine.next).flatMap(([from, to]) => [from, ...to]))];
}
