// `pmdesk keys …`: the workflow's own verbs (the uniform list/show/print/void
// are added by workflows.ts). Actions import ../app/keys.js lazily.
import type { Command } from 'commander';

export default function register(_group: Command): void {}
