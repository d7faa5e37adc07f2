// `pmdesk checkin …` (§2): start, doc, meter, defect, keys, sign, complete.
import type { Command } from 'commander';
import { act, need } from './run.js';

const app = () => import('../app/checkin.js');
const state = (r: any, io: any) => io.t('checkin.state', { no: r.no, status: r.status, missing: (r.missing ?? []).join(', ') || '-' });

export default function register(g: Command): void {
  g.command('start [unit]')
    .description('open a handover (JF) for a sold unit not yet handed over (R-200)')
    .option('--owner <resident...>', 'owners present (id or name)')
    .option('--absent <resident...>', 'joint owners not present (their power of attorney is required)')
    .addHelpText('after', '\nExamples:\n  pmdesk checkin start A-1-101 --owner 王伟\n  pmdesk checkin start A-1-101 --owner 王伟 --absent 李娜')
    .action(act(async (io, [unit], o) => (await app()).start(io, await need(io, unit, 'unit', 'unit 房号'), { owner: o.owner ?? (io.interactive ? [await need(io, undefined, 'owner')] : undefined), absent: o.absent }), state));
  g.command('doc <no> <doc...>')
    .description('tick documents checked (R-200): owner-id:<resident> poa:<resident> company-letter agent-id household-register:<resident> handover-certificate fees-cleared')
    .option('--missing', 'record them as missing')
    .action(act(async (io, [no, docs], o) => (await app()).doc(io, no, docs, o), state));
  g.command('meter <no>')
    .description('record the water, electricity and gas readings (R-201)')
    .option('--water <n>', 'water meter')
    .option('--electricity <n>', 'electricity meter')
    .option('--gas <n>', 'gas meter')
    .action(act(async (io, [no], o) => (await app()).meter(io, no, o), state));
  g.command('defect <no>')
    .description('a defect found in the joint inspection: becomes a repair order (R-202)')
    .option('--location <where>', 'where')
    .option('--desc <text>', 'what')
    .option('--large', 'a larger defect: within 7 days')
    .action(
      act(
        async (io, [no], o) => (await app()).defect(io, no, { ...o, location: await need(io, o.location, 'location'), desc: await need(io, o.desc, 'desc') }),
        (r, io) => io.t('checkin.defect', { repair: r.repair, due: (r.repairDueAt ?? '').slice(0, 16).replace('T', ' ') }),
      ),
    );
  g.command('keys <no>')
    .description('keys handed over, counts signed for (R-203)')
    .option('--door <n>', 'door keys')
    .option('--mailbox <n>', 'mailbox keys')
    .option('--left <n>', 'keys left with the desk (needs the key-custody form)')
    .action(act(async (io, [no], o) => (await app()).keys(io, no, o), state));
  g.command('sign <no> <form...>')
    .description('forms signed (R-203): contact-form fire-agreement key-receipt inspection-form key-custody')
    .action(act(async (io, [no, forms]) => (await app()).sign(io, no, forms), state));
  g.command('complete <no>')
    .description('complete the handover: refused with what is missing; the unit becomes handed-over (R-205)')
    .action(act(async (io, [no]) => (await app()).complete(io, no), (r, io) => io.t('checkin.completed', { no: r.no, keys: (r.keysReleased ?? []).join(', ') || '-' })));
}
