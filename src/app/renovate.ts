// renovate: the workflow's use-cases (filled by its issue). Exports `kind` for the
// uniform verbs (list/show/void, cli.md) and optionally `demoStep`.
import { KINDS, type Kind } from './kinds.js';

export const kind: Kind = { ...KINDS['renovate'] };

import type { Session } from './session.js';
import { refuse } from '../domain/errors.js';

/**
 * The renovation a contractor's key loan refers to (R-702: only the
 * contractor's responsible person may borrow). Contract used by keys.ts;
 * implemented by the renovation workflow.
 */
export function contractorFor(_s: Session, no: string): { no: string; unitId: number | null; managerName: string; managerPhone: string; status: string } {
  refuse('E_NOT_FOUND', 'err.noRecord', { no, group: 'renovate' });
}
