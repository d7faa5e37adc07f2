// `pmdesk shift handover`: what the next shift inherits.
import type { Command } from 'commander';
import { act } from './run.js';
import { refuse } from '../domain/errors.js';

export default function register(shift: Command): void {
  shift
    .command('handover')
    .description('open items carried over to the next shift')
    .action(act(async () => refuse('E_NOT_IMPLEMENTED', 'err.notImplemented', { command: 'shift handover' })));
}
