// Issue 18: each command group's closed-list flags (its workflow's `words()`) and the
// scopes of their words, filled when the workflows register (records/commands.ts) and
// read when a command runs (cli/words.ts). No imports: cheap at start-up.
export interface ClosedFlags {
  words: () => Record<string, readonly string[]>;
  scopes: string[];
  /** A record group: its states also include voided. */
  records: boolean;
}

export const CLOSED_FLAGS = new Map<string, ClosedFlags>();
