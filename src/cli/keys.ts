// `pmdesk keys …` (§7): add, entrust, lend, return, release, lost, where, out.
import type { Command } from 'commander';
import { act, need } from './run.js';

const app = () => import('../app/keys.js');
const state = (r: any, io: any) => io.t('keys.state', { no: r.no ?? r.hook, status: r.status });

async function keyTable(io: any, rows: any[]) {
  const { table } = await import('../render/table.js');
  const t = io.t;
  return table(
    [{ head: t('col.hook') }, { head: t('col.unit') }, { head: t('col.kind') }, { head: t('col.count') }, { head: t('col.custody') }, { head: t('col.status') }, { head: t('col.holder') }],
    rows.map((k) => [k.hook, k.unit ?? '', k.kind, k.count, k.custody, k.status, k.holder ?? '']),
  );
}

export default function register(g: Command): void {
  g.command('add <unit>')
    .description('register a key set in the cabinet (R-700)')
    .option('--kind <k>', 'door | mailbox | other')
    .option('--count <n>', 'number of keys')
    .option('--custody <c>', 'developer | entrusted | unsold | public')
    .option('--hook <h>', 'hook number (default K0001, K0002, …)')
    .action(
      act(
        async (io, [unit], o) =>
          (await app()).addKeys(io, unit, {
            ...o,
            kind: await need(io, o.kind, 'kind', 'kind', { choices: ['door', 'mailbox', 'other'] }),
            count: await need(io, o.count, 'count'),
            custody: await need(io, o.custody, 'custody', 'custody', { choices: ['developer', 'entrusted', 'unsold', 'public'] }),
          }),
        (r, io) => io.t('keys.added', r),
      ),
    );
  g.command('entrust <unit>')
    .description('an owner leaves keys with the desk (R-701)')
    .option('--owner <name>', 'the owner')
    .option('--count <n>', 'number of keys')
    .option('--kind <k>', 'door | mailbox | other (default door)')
    .option('--hook <h>', 'hook number')
    .action(act(async (io, [unit], o) => (await app()).entrust(io, unit, { ...o, owner: await need(io, o.owner, 'owner'), count: await need(io, o.count, 'count') }), (r, io) => `${io.t('keys.added', r)}\n${io.t('keys.ack')}`));
  g.command('lend <key>')
    .description('lend a key set (R-702): staff, or the responsible person of a renovation; due back in 3 days (R-704)')
    .option('--to <name>', 'borrower')
    .option('--phone <phone>', 'borrower phone')
    .option('--reason <text>', 'why')
    .option('--count <n>', 'how many keys (default all)')
    .option('--contractor <renovation-no>', 'the renovation (ZX-…) a contractor borrows for')
    .addHelpText('after', '\nExamples:\n  pmdesk keys lend K0001 --to 张师傅 --phone 13900001111 --reason 维修水管\n  pmdesk keys lend A-1-101:door --to 刘工 --phone 13700002222 --reason 装修 --contractor ZX-2026-0003')
    .action(
      act(
        async (io, [key], o) => (await app()).lend(io, key, { ...o, to: await need(io, o.to, 'to'), phone: await need(io, o.phone, 'phone'), reason: await need(io, o.reason, 'reason') }),
        (r: any, io) => io.t('keys.lent', { no: r.no, borrower: r.borrower, due: (r.dueAt ?? '').slice(0, 16).replace('T', ' ') }),
      ),
    );
  g.command('return <loan>')
    .description('return a loan (R-703): count checked; a contractor loan closes when the inspection passes')
    .option('--count <n>', 'keys returned (default: as lent)')
    .option('--inspection <r>', 'pass | fail (contractor loans)')
    .option('--note <text>', 'explains a count that does not match')
    .action(act(async (io, [no], o) => (await app()).giveBack(io, no, o), state));
  g.command('release <key>')
    .description('hand a key set to the owner (R-705): identity verified; someone else after a confirming call')
    .option('--to <name>', 'who collects')
    .option('--verified-by-call', 'the owner was called and confirmed')
    .action(act(async (io, [key], o) => (await app()).release(io, key, { ...o, to: await need(io, o.to, 'to') }), state));
  g.command('lost <key>')
    .description('a key set lost or damaged (R-706)')
    .option('--by <name>', 'who lost it')
    .option('--lock-changed', 'the lock was changed (with the owner\'s consent)')
    .action(act(async (io, [key], o) => (await app()).lost(io, key, { ...o, by: await need(io, o.by, 'by') }), state));
  g.command('where <unit>')
    .description('where is every key of a unit (R-707)')
    .action(act(async (io, [unit]) => (await app()).where(io, unit), async (rows, io) => (rows.length ? keyTable(io, rows) : io.t('list.empty'))));
  g.command('register [unit]')
    .description('print the entrust register 业主留钥匙登记表 (R-701, R-902)')
    .option('--format <f>', 'html or pdf', 'html')
    .option('--out <file>', 'write to this file (0600)')
    .action(act(async (io, [unit], o) => (await app()).register(io, unit, o), (r: any) => r.html ?? `${r.entries} → ${r.out}`));
  g.command('out')
    .description('what is out right now (R-707); --overdue: out more than 3 days (R-704)')
    .option('--overdue', 'only overdue loans')
    .action(
      act(
        async (io, _a, o) => (await app()).out(io, o),
        async (rows, io) => {
          if (!rows.length) return io.t('keys.none');
          const { table } = await import('../render/table.js');
          const { paint } = await import('../render/admin.js');
          const p = paint(io);
          const lines = table(
            [{ head: io.t('col.no') }, { head: io.t('col.hook') }, { head: io.t('col.unit') }, { head: io.t('csv.borrower') }, { head: io.t('col.due') }],
            rows.map((r) => [r.no, r.hook, r.unit ?? '', r.borrower, (r.dueAt ?? '').slice(0, 16).replace('T', ' ')]),
          ).split('\n');
          rows.forEach((r, i) => r.overdue && (lines[i + 2] = p.overdue(lines[i + 2])));
          return lines.join('\n');
        },
      ),
    );
}
