// Reports and export (cli.md §9): report due, export, audit, backup, doctor, completion.
import { Option, type Command } from 'commander';
import { act } from '../cli/run.js';

const views = () => import('../records/views.js');

export function registerAdmin(program: Command): void {
  const report = program.command('report');
  report.command('due').action(
    act(
      // A terminal shows the oldest of each section that its window holds (issue 18: a row is two
      // lines, two sections), piped output the oldest 100; --json gives them all.
      async (io) => {
        const { screenRows } = await import('../formats/table.js');
        const screen = screenRows();
        // What each row is about and whom to call: at a terminal only (it loads each group's workflow).
        return (await import('./usecases.js')).reportDue(
          io,
          io.json ? undefined : screen ? Math.max(3, Math.floor(screen / 4)) : 100,
          !!screen && !io.json,
        );
      },
      async (r, io) => (await views()).dueView(r, io),
    ),
  );

  // `report monthly` and `report units`: one document in table/json/csv/html/pdf.
  for (const [name, fn] of [
    ['monthly', 'reportMonthly'],
    ['units', 'reportUnits'],
  ] as const) {
    report
      .command(name)
      .option('--month <YYYY-MM>')
      .option('--format <f>')
      .option('--out <file|dir>')
      .option('--force')
      .option('--bom')
      .action(
        act(
          async (io, _a, o) => {
            const r = await (await import('../report/usecases.js'))[fn](io, o);
            // With --json (and no --out) only the data is printed; the view (which reads the output) runs without it.
            return (io.json && !o.out ? r.data : r) as typeof r;
          },
          async (r, io) =>
            r.text !== undefined
              ? r.text
              : [
                  (await import('../cli/written.js')).written(io, r.files),
                  // the month's report deadlines this file closed.
                  ...(r.closed ?? []).map((c) =>
                    io.t('report.closed', {
                      month: r.month,
                      report: io.t(`due.report.${c.report}`),
                      rule: c.rule,
                      late: c.late ? io.t('report.closedLate', { due: c.dueAt.slice(0, 16).replace('T', ' ') }) : '',
                    }),
                  ),
                ].join('\n'),
        ),
      );
  }

  // `report archive`: the quarter's records for the archivist; --out records the hand-over.
  report
    .command('archive')
    .option('--quarter <YYYYQn>')
    .option('--out <file>')
    .option('--force')
    .action(
      act(
        async (io, _a, o) => {
          const r = await (await import('../report/usecases.js')).reportArchive(io, o);
          return (io.json && !o.out ? r.data : r) as typeof r;
        },
        (r, io) =>
          r.text !== null
            ? r.text.trimEnd()
            : [
                io.t('report.archived', { file: r.file }),
                ...(r.closed
                  ? [
                      io.t('report.archiveClosed', {
                        quarter: r.data.quarter,
                        late: r.closed.late ? io.t('report.closedLate', { due: r.closed.dueAt.slice(0, 16).replace('T', ' ') }) : '',
                      }),
                    ]
                  : []),
              ].join('\n'),
      ),
    );

  program
    .command('export <type>')
    .option('--from <date>')
    .option('--to <date>')
    .option('--out <file>')
    .option('--force')
    .option('--unmask')
    .option('--reason <why>')
    .option('--bom')
    .option('--encoding <e>')
    .option('--format <f>')
    .action(
      act(
        async (io, [type], o) => (await import('./usecases.js')).exportData(io, type, o),
        async (r, io) => {
          if (r.out) io.stderr((await import('../cli/written.js')).written(io, r.out, { rows: r.rows }));
        },
      ),
    );

  program.command('audit [no]').action(
    act(
      async (io, [no]) => (await import('./usecases.js')).audit(io, no),
      async (r, io) => (await views()).auditView(r, io),
    ),
  );

  program
    .command('backup <file>')
    .option('--force')
    .action(
      act(
        async (io, [file], o) => (await import('./usecases.js')).backup(io, file, o),
        async (r, io) => `${(await import('../cli/written.js')).written(io, r.file, { bytes: r.bytes })}\n${io.t('backup.done', r)}`,
      ),
    );

  program
    .command('doctor')
    .option('--expect <head>')
    .action(
      act(
        async (io, _a, o) => {
          const r = (await import('./usecases.js')).doctor(io, o);
          if (!r.ok) process.exitCode = 1;
          return r;
        },
        async (r, io) => (await views()).doctorView(r, io),
      ),
    );

  program
    .command('completion [shell]')
    // Called by the scripts at TAB: the open record numbers of a group, or the unit codes.
    .addOption(new Option('--words <what>').hideHelp())
    .action(
      act(
        async (io, [shell], o) => (await import('../cli/completion.js')).completion(program, shell, o.words, io),
        (r) => r,
      ),
    );
}
