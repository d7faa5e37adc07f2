// Setup and registry (cli.md): init, unit, resident, profile.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask, idAtPrompt } from '../../cli/ask.js';
import { ROLES } from './rules.js';
import { say } from '../../core/words.js';

const views = () => import('./views.js');
const life = () => import('./usecases-life.js');
// ask() returns commander's untyped option values with the needed ones filled in; the use-case checks them.
type UnitInput = Parameters<typeof import('./usecases.js').addUnit>[1];
type ResidentInput = Parameters<typeof import('./usecases.js').addResident>[1];

export function registerSetup(program: Command): void {
  program
    .command('init')
    .option('--estate <name>')
    .option('--profile <file>')
    .action(
      act(
        async (io, _a, o) => {
          // A new database at a terminal without --estate: the estate's name is asked (issue 18.6).
          const { existsSync } = await import('node:fs');
          const asked = o.estate === undefined && io.interactive && !existsSync(io.dbFile);
          const named = asked ? await ask(io, o, { estate: {} }, { confirm: false }) : o;
          return (await import('./usecases.js')).init(io, { estate: named.estate, profile: o.profile });
        },
        async (r, io) => (await views()).initView(r, io),
      ),
    );

  /** `unit import` / `resident import`: the whole file or nothing; differences applied only with --apply. */
  const importCommand = (group: Command, fn: 'importUnits' | 'importResidents') =>
    group
      .command('import <csv>')
      .option('--apply')
      .action(
        act(
          async (io, [file], o) =>
            (await import('./usecases-import.js'))[fn](io, file, (await import('../../cli/progress.js')).progressBar(io), { apply: !!o.apply }),
          async (r, io) => (await views()).importView(r, io),
        ),
      );
  const unit = program.command('unit');
  importCommand(unit, 'importUnits');
  unit
    .command('add [code]')
    .option('--building <b>')
    .option('--floor <n>')
    .option('--area <m2>')
    .option('--status <s>')
    .action(
      act(
        async (io, [code], o) => (await import('./usecases.js')).addUnit(io, (await ask(io, { ...o, code }, { code: {} })) as UnitInput),
        async (r, io) => io.t('unit.added', { code: r.code, status: say(io.t, 'unit', 'status', r.status) }),
      ),
    );
  unit
    .command('list')
    .option('--status <s>')
    .option('--building <b>')
    .option('--csv')
    .action(
      act(
        async (io, _a, o) => (await import('./usecases.js')).listUnits(io, o),
        async (r, io, o) => (await views()).unitsView(r, io, o),
      ),
    );
  unit
    .command('show <code>')
    .option('--unmask')
    .option('--reason <why>')
    .action(
      act(
        async (io, [code], o) => (await import('./usecases.js')).showUnit(io, code, o),
        async (r, io) => (await views()).unitView(r, io),
      ),
    );

  // corrections with a reason, old → new in the audit log.
  unit
    .command('edit <code>')
    .option('--building <b>')
    .option('--floor <n>')
    .option('--area <m2>')
    .option('--reason <why>')
    .action(
      act(
        async (io, [code], o) => (await life()).editUnit(io, code, o),
        async (r, io) => (await views()).correctedView(r.code, r.changes, io),
      ),
    );

  // the unit's life, each step an event with its time (--date, --at), audited.
  const lifeCommand = (name: 'move-in' | 'move-out', fn: 'moveIn' | 'moveOut') => {
    const c = unit.command(`${name} <code>`).option('--date <date>');
    if (name === 'move-in') c.option('--resident <resident...>');
    c.action(
      act(
        async (io, [code], o) => (await life())[fn](io, code, o),
        async (r, io) => (await views()).lifeView(r, r.from, io),
      ),
    );
  };
  lifeCommand('move-in', 'moveIn');
  // 出租备案 and 撤租 — a lease record (ZL) of the lease workflow.
  unit
    .command('lease <code>')
    .option('--tenant <name>')
    .option('--id-type <type>')
    .option('--id-number <no>')
    .option('--phone <phone>')
    .option('--from <date>')
    .option('--to <date>')
    .option('--rent <yuan>')
    .option('--agency-fee <yuan>')
    .action(
      act(
        async (io, [code], o) =>
          (await import('../lease/api.js')).fileLease(
            io,
            code,
            await ask(io, o, { tenant: {}, idNumber: { validate: idAtPrompt(io, 'id-number', o.idType) }, phone: {}, from: {}, to: {} }),
          ),
        async (r, io) => (await import('../lease/api.js')).filedView(r, io),
      ),
    );
  unit
    .command('lease-end <code>')
    .option('--date <date>')
    .option('--early')
    .option('--water <n>')
    .option('--electricity <n>')
    .option('--gas <n>')
    .action(
      act(
        async (io, [code], o) => (await import('../lease/api.js')).endLease(io, code, await ask(io, o, { water: {}, electricity: {}, gas: {} })),
        async (r, io) => (await import('../lease/api.js')).endedView(r, io),
      ),
    );
  lifeCommand('move-out', 'moveOut');
  unit
    .command('status <code> <status>')
    .option('--reason <why>')
    .option('--date <date>')
    .action(
      act(
        async (io, [code, status], o) => (await life()).setStatus(io, code, status, o),
        async (r, io) => (await views()).lifeView(r, r.from, io),
      ),
    );
  unit.command('history <code>').action(
    act(
      async (io, [code]) => (await life()).unitHistory(io, code),
      async (r, io) => (await views()).historyView(r, io),
    ),
  );

  const resident = program.command('resident');
  importCommand(resident, 'importResidents');
  resident
    .command('add')
    .option('--name <name>')
    .option('--role <role>')
    .option('--id-type <type>')
    .option('--id-number <no>')
    .option('--phone <phone>')
    .option('--unit <code>')
    .action(
      act(
        async (io, _a, o) =>
          (await import('./usecases.js')).addResident(
            io,
            (await ask(io, o, {
              unit: {},
              name: {},
              role: { choices: ROLES },
              idNumber: { validate: idAtPrompt(io, 'id-number', o.idType) },
              phone: { optional: true },
            })) as ResidentInput,
          ),
        async (r, io) => io.t('resident.added', { id: r.id, name: r.name, unit: (r.units ?? []).map((u) => u.unit).join(', ') }),
      ),
    );
  resident
    .command('list')
    .option('--unit <code>')
    .option('--name <text>')
    .option('--unmask')
    .option('--reason <why>')
    .option('--csv')
    .action(
      act(
        async (io, _a, o) => (await import('./usecases.js')).listResidents(io, o),
        async (r, io, o) => (await views()).residentsView(r, io, o),
      ),
    );
  resident
    .command('show <id>')
    .option('--unmask')
    .option('--reason <why>')
    .action(
      act(
        async (io, [id], o) => (await import('./usecases.js')).showResident(io, id, o),
        async (r, io) => (await views()).residentView(r, io),
      ),
    );

  resident
    .command('edit <id>')
    .option('--name <name>')
    .option('--phone <phone>')
    .option('--id-type <type>')
    .option('--id-number <no>')
    .option('--role <role>')
    .option('--unit <code>')
    .option('--reason <why>')
    .action(
      act(
        async (io, [id], o) => (await life()).editResident(io, id, o),
        async (r, io) => (await views()).correctedView(`${r.id} ${r.name}`, r.changes, io),
      ),
    );
  resident
    .command('end <id>')
    .option('--unit <code>')
    .option('--date <date>')
    .option('--reason <why>')
    .action(
      act(
        async (io, [id], o) => (await life()).endResident(io, id, o),
        (r, io) => io.t('resident.ended', { id: r.id, name: r.name, unit: r.unit, until: r.until.slice(0, 10) }),
      ),
    );

  const profile = program.command('profile');
  profile.command('show').action(
    act(
      async (io) => (await import('../../core/settings.js')).profileShow(io),
      (r) => JSON.stringify(r.profile, null, 2),
    ),
  );
  profile.command('set <key> <value>').action(
    act(
      async (io, [key, value]) => (await import('../../core/settings.js')).profileSet(io, key, value),
      async (r, io) => {
        const line = io.t('profile.set', { key: r.key, old: JSON.stringify(r.old), value: JSON.stringify(r.value) });
        // R-0A2: a calendar setting recomputes the open deadlines it touches; each change is listed.
        return r.changes ? `${line}\n${(await import('../../records/views.js')).changeLines(r.changes, io)}` : line;
      },
    ),
  );
}
