// `pmdesk keys …` (§7): add, entrust, lend, return, release, lost, where, out.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import type { Io } from '../../core/io.js';
import type { where } from './usecases.js';
import { ask } from '../../cli/ask.js';
import { minute } from '../../formats/when.js';
import { say } from '../../core/words.js';

const app = () => import('./usecases.js');
/** A key set added, its kind and custody in words (issue 18.2). */
const added = (r: { kind: string; custody: string }, io: Io) =>
  io.t('keys.added', { ...r, kind: say(io.t, 'keyMove', 'kind', r.kind), custody: say(io.t, 'keyMove', 'custody', r.custody) });
const domain = () => import('./rules.js');
const state = (r: { no?: string; hook?: string; status: string }, io: Io) =>
  io.t('keys.state', { no: r.no ?? r.hook, status: say(io.t, 'keyMove', 'status', r.status) });

async function keyTable(io: Io, rows: Awaited<ReturnType<typeof where>>) {
  const { table } = await import('../../formats/table.js');
  const t = io.t;
  return table(
    [
      { head: t('col.hook') },
      { head: t('col.unit') },
      { head: t('col.kind') },
      { head: t('col.count') },
      { head: t('col.custody') },
      { head: t('col.status') },
      { head: t('col.holder') },
    ],
    rows.map((k) => [k.hook, k.unit ?? '', k.kind, k.count, k.custody, k.status, k.holder ?? '']),
  );
}

export default function register(g: Command): void {
  g.command('add [unit]')
    .option('--kind <k>')
    .option('--count <n>')
    .option('--custody <c>')
    .option('--hook <h>')
    .action(
      act(
        async (io, [unit], o) => {
          const v = await ask(
            io,
            { ...o, unit },
            { unit: {}, kind: { choices: (await domain()).KEY_KINDS }, count: {}, custody: { choices: (await domain()).CUSTODY } },
          );
          return (await app()).addKeys(io, v.unit, v);
        },
        (r, io) => added(r, io),
      ),
    );
  g.command('entrust [unit]')
    .option('--owner <name>')
    .option('--count <n>')
    .option('--kind <k>')
    .option('--hook <h>')
    .action(
      act(
        async (io, [unit], o) => {
          const v = await ask(io, { ...o, unit }, { unit: {}, owner: { resident: 'name' }, count: {} });
          return (await app()).entrust(io, v.unit, v);
        },
        (r, io) => `${added(r, io)}\n${io.t('keys.ack')}`,
      ),
    );
  g.command('lend [key]')
    .option('--to <name>')
    .option('--phone <phone>')
    .option('--reason <text>')
    .option('--count <n>')
    .option('--contractor <renovation-no>')
    .action(
      act(
        async (io, [key], o) => {
          const v = await ask(io, { ...o, key }, { key: { hook: ['in'] }, to: {}, phone: {}, reason: {} });
          return (await app()).lend(io, v.key, v);
        },
        (r, io) => io.t('keys.lent', { no: r.no, borrower: r.borrower, due: minute(r.dueAt) }),
      ),
    );
  g.command('return [loan]')
    .option('--count <n>')
    .option('--inspection <r>')
    .option('--note <text>')
    .action(
      act(async (io, [loan], o) => {
        const v = await ask(io, { ...o, loan }, { loan: { record: 'keys' }, count: { optional: true }, note: { optional: true } });
        return (await app()).giveBack(io, v.loan, v);
      }, state),
    );
  g.command('release [key]')
    .option('--to <name>')
    .option('--verified-by-call')
    .action(
      act(async (io, [key], o) => {
        const v = await ask(io, { ...o, key }, { key: { hook: ['in'] }, to: {} });
        return (await app()).release(io, v.key, v);
      }, state),
    );
  g.command('lost [key]')
    .option('--by <name>')
    .option('--lock-changed')
    .action(
      act(async (io, [key], o) => {
        const v = await ask(io, { ...o, key }, { key: { hook: ['in', 'out'] }, by: {} });
        return (await app()).lost(io, v.key, v);
      }, state),
    );
  g.command('where [unit]').action(
    act(
      async (io, [unit], o) => (await app()).where(io, (await ask(io, { ...o, unit }, { unit: {} }, { confirm: false })).unit),
      async (rows, io) => (rows.length ? keyTable(io, rows) : io.t('list.empty')),
    ),
  );
  g.command('register [unit]')
    .option('--format <f>', '', 'html')
    .option('--out <file>')
    .option('--force')
    .action(
      act(
        async (io, [unit], o) => (await app()).register(io, unit, o),
        async (r, io) => r.html ?? (await import('../../cli/written.js')).written(io, r.out!, { rows: r.entries }),
      ),
    );
  g.command('out')
    .option('--overdue')
    .action(
      act(
        async (io, _a, o) => (await app()).out(io, o),
        async (rows, io) => {
          if (!rows.length) return io.t('keys.none');
          const t = io.t;
          return (await import('../../records/views.js')).dueTable(
            io,
            [{ head: t('col.no') }, { head: t('col.hook') }, { head: t('col.unit') }, { head: t('csv.borrower') }, { head: t('col.due') }],
            rows,
            rows.map((r) => [r.no, r.hook, r.unit ?? '', r.borrower, minute(r.dueAt)]),
          );
        },
      ),
    );
}
