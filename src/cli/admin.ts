// Reports and export (cli.md §9): report due, export, audit, backup, doctor, completion.
import type { Command } from 'commander';
import { act } from './run.js';

const views = () => import('../render/admin.js');

export function registerAdmin(program: Command): void {
  const report = program.command('report').description('reports: due, monthly, units');
  report
    .command('due')
    .description('what is due today and what is overdue, every workflow (R-002)')
    .action(
      act(
        async (io) => (await import('../app/admin.js')).reportDue(io),
        async (r, io) => (await views()).dueView(r, io),
      ),
    );

  report
    .command('monthly')
    .description('the month\'s desk in numbers (R-900): units, handovers, renovations, complaints, repairs, follow-ups, keys, visits, KPIs')
    .option('--month <YYYY-MM>', 'the month (default: last month)')
    .option('--format <f>', 'table | json | csv | html | pdf (default table; json with --json)')
    .option('--out <file|dir>', 'write to a file (overwritten, 0600); for csv a directory gets one file per section')
    .option('--bom', 'CSV with a UTF-8 BOM, for Excel')
    .action(
      act(
        async (io, _a, o) => {
          const r = await (await import('../app/reports.js')).reportMonthly(io, o);
          return (io.json && !o.out ? r.data : r) as any;
        },
        (r, io) => (r.text !== undefined ? r.text : io.t('report.written', { files: r.files.join(', ') })),
      ),
    );
  report
    .command('units')
    .description('house-status table 房屋动态表 (R-103): units per status, changes in the month')
    .option('--month <YYYY-MM>', 'the month (default: last month)')
    .option('--format <f>', 'table | json | csv | html | pdf')
    .option('--out <file|dir>', 'write to a file')
    .option('--bom', 'CSV with a UTF-8 BOM, for Excel')
    .action(
      act(
        async (io, _a, o) => {
          const r = await (await import('../app/reports.js')).reportUnits(io, o);
          return (io.json && !o.out ? r.data : r) as any;
        },
        (r, io) => (r.text !== undefined ? r.text : io.t('report.written', { files: r.files.join(', ') })),
      ),
    );

  program
    .command('export <type>')
    .description('CSV for spreadsheets (R-903): checkins renovations complaints repairs visits keys followups units residents ledger audit')
    .option('--from <date>', 'from this date')
    .option('--to <date>', 'to this date (inclusive)')
    .option('--out <file>', 'write to this file (created 0600) instead of stdout')
    .option('--unmask', 'ID numbers and phones in full (audit-logged; needs --reason)')
    .option('--reason <why>', 'why the personal data is needed unmasked')
    .option('--bom', 'UTF-8 with BOM, for Excel')
    .option('--encoding <e>', 'utf-8 (default) or gb18030 for old Excel / WPS')
    .action(
      act(
        async (io, [type], o) => (await import('../app/admin.js')).exportData(io, type, o),
        (r, io) => {
          if (r.out) io.stderr(io.t('export.done', { rows: r.rows, out: r.out }));
        },
      ),
    );

  program
    .command('audit [no]')
    .description('the audit log (R-001): everything, or one record')
    .action(
      act(
        async (io, [no]) => (await import('../app/admin.js')).audit(io, no),
        async (r, io) => (await views()).auditView(r, io),
      ),
    );

  program
    .command('backup <file>')
    .description('online backup of the database (file created 0600)')
    .action(
      act(
        async (io, [file]) => (await import('../app/admin.js')).backup(io, file),
        (r, io) => io.t('backup.done', r),
      ),
    );

  program
    .command('doctor')
    .description('check integrity, foreign keys, the audit chain, the ledger, calendar coverage')
    .action(
      act(
        async (io) => {
          const r = (await import('../app/admin.js')).doctor(io);
          if (!r.ok) process.exitCode = 1;
          return r;
        },
        async (r, io) => (await views()).doctorView(r, io),
      ),
    );

  program
    .command('completion <shell>')
    .description('print a completion script for bash, zsh or fish')
    .action(
      act(
        async (io, [shell]) => (await import('./completion.js')).completion(program, shell),
        (r) => r,
      ),
    );
}
