// `pmdesk shift handover`: what the next shift inherits.
import type { Command } from 'commander';
import { act } from './run.js';

export default function register(shift: Command): void {
  shift
    .command('handover')
    .description('open items carried over to the next shift (R-602), recorded with who handed over to whom')
    .option('--to <clerk>', 'the clerk taking over')
    .option('--hours <n>', 'length of the next shift, for deadlines due before it ends (default 12)')
    .action(
      act(
        async (io, _a, o) => (await import('../app/shift.js')).handover(io, o),
        async (r, io) => {
          const { table } = await import('../render/table.js');
          const t = io.t;
          const hm = (x: string) => x.slice(0, 16).replace('T', ' ');
          const out = [t('shift.title', { from: r.from, to: r.to ?? '-', at: hm(r.at) })];
          const block = (title: string, head: string[], rows: unknown[][]) => {
            out.push('', title);
            if (rows.length) out.push(table(head.map((h) => ({ head: h })), rows));
          };
          block(t('shift.openLog', { n: r.openLog.length }), [t('col.no'), t('col.unit'), t('col.type'), ''], r.openLog.map((x) => [x.no, x.unit ?? '', x.category ?? '', x.description ?? '']));
          block(t('shift.visitorsIn', { n: r.visitorsIn.length }), [t('col.no'), t('col.name'), t('col.unit'), t('col.at')], r.visitorsIn.map((x) => [x.no, x.name ?? '', x.unit ?? '', hm(x.at)]));
          block(t('shift.keysOut', { n: r.keysOut.length }), [t('col.no'), t('col.unit'), t('col.status'), t('col.at')], r.keysOut.map((x) => [x.no, x.unit ?? '', x.status, hm(x.at)]));
          block(t('shift.deadlines', { until: hm(r.until), n: r.deadlines.length }), [t('col.no'), t('col.unit'), t('col.step'), t('col.due')], r.deadlines.map((x) => [x.no, x.unit ?? '', x.step, `${hm(x.due_at)}${x.overdue ? ' !' : ''}`]));
          return out.join('\n');
        },
      ),
    );
}
