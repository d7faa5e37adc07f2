// `pmdesk repair …`: the workflow's own verbs (the uniform list/show/print/void
// are added by workflows.ts). Actions import ../app/repair.js lazily.
import type { Command } from 'commander';

export default function register(_group: Command): void {}
