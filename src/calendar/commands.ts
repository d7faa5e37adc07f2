// `pmdesk calendar …` (cli.md "Calendar", R-0A1, R-0A2).
import type { Command } from 'commander';
import { act } from '../cli/run.js';

const views = () => import('./views.js');

export function registerCalendar(program: Command): void {
  const calendar = program.command('calendar');
  calendar.command('show [year]').action(
    act(
      async (io, [year]) => (await import('./usecases.js')).calendarShow(io, year),
      async (r, io) => (await views()).showView(r, io),
    ),
  );
  calendar.command('import <file>').action(
    act(
      async (io, [file]) => (await import('./usecases.js')).calendarImport(io, file),
      async (r, io) => (await views()).importView(r, io),
    ),
  );
  calendar.command('recompute').action(
    act(
      async (io) => (await import('./usecases.js')).calendarRecompute(io),
      async (r, io) => (await views()).recomputeView(r, io),
    ),
  );
}
