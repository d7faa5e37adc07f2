// renovate: the workflow's use-cases (filled by its issue). Exports `kind` for the
// uniform verbs (list/show/void, cli.md) and optionally `demoStep`.
import { KINDS, type Kind } from './kinds.js';

export const kind: Kind = { ...KINDS['renovate'] };
