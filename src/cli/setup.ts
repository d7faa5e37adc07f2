// Setup and registry (cli.md): init, demo, unit, resident, profile.
import type { Command } from 'commander';
import { act, need } from './run.js';
import { idNumberProblem } from '../domain/identity.js';

const views = () => import('../render/registry.js');

export function registerSetup(program: Command): void {
  program
    .command('init')
    .description('create or upgrade the database (idempotent; a backup is taken before an upgrade)')
    .option('--estate <name>', 'estate name, e.g. 虹港家园')
    .option('--profile <file>', 'JSON file of profile settings (same shape as data/profile.default.json)')
    .action(
      act(
        async (io, _a, o) => (await import('../app/registry.js')).init(io, { estate: o.estate, profile: o.profile }),
        async (r, io) => (await views()).initView(r, io),
      ),
    );

  program
    .command('demo')
    .description('create a demo estate with a month of desk activity, then print that month\'s report')
    .option('--month <YYYY-MM>', 'the month of activity (default: last month)')
    .option('--size <size>', 'small (default, ≈600 units) or large (bench: 20,000 units, 10 years)', 'small')
    .option('--years <n>', 'years of history before the month (large: 10)')
    .action(
      act(
        async (io, _a, o) => (await import('../app/demo.js')).demo(io, { month: o.month, size: o.size, years: o.years }),
        async (r, io) => (await import('../app/demo.js')).demoView(r, io),
      ),
    );

  const unit = program.command('unit').description('units (房屋): import, add, list, show');
  unit
    .command('import <csv>')
    .description('load units from CSV: code/房号, building/楼栋, floor/楼层, area/面积, status/状态')
    .action(
      act(
        async (io, [file]) => {
          const m = await import('../app/registry.js');
          const p = await import('./progress.js');
          return m.importUnits(io, file, p.progressBar(io));
        },
        async (r, io) => (await views()).importView(r, io),
      ),
    );
  unit
    .command('add [code]')
    .description('add one unit')
    .option('--building <b>', 'building 楼栋')
    .option('--floor <n>', 'floor 楼层')
    .option('--area <m2>', 'area in m², up to 2 decimals')
    .option('--status <s>', 'unsold|vacant|handed-over|renovating|occupied|leased (default vacant)')
    .action(
      act(
        async (io, [code], o) => (await import('../app/registry.js')).addUnit(io, { ...o, code: await need(io, code, 'code', 'unit code 房号') }),
        async (r, io) => io.t('unit.added', { code: r.code, status: r.status }),
      ),
    );
  unit
    .command('list')
    .description('list units')
    .option('--status <s>', 'only units in this status')
    .option('--building <b>', 'only this building')
    .option('--csv', 'CSV on stdout')
    .action(
      act(
        async (io, _a, o) => (await import('../app/registry.js')).listUnits(io, o),
        async (r, io, o) => (await views()).unitsView(r, io, o),
      ),
    );
  unit
    .command('show <code>')
    .description('a unit: residents, keys, open records, history')
    .option('--unmask', 'show ID numbers and phones in full (audit-logged; needs --reason)')
    .option('--reason <why>', 'why the personal data is needed unmasked')
    .action(
      act(
        async (io, [code], o) => (await import('../app/registry.js')).showUnit(io, code, o),
        async (r, io) => (await views()).unitView(r, io),
      ),
    );

  const resident = program.command('resident').description('residents (住户): import, add, list, show');
  resident
    .command('import <csv>')
    .description('load residents from CSV: name/姓名, role/身份, id_type/证件类型, id_number/证件号码, phone/电话, unit/房号')
    .action(
      act(
        async (io, [file]) => {
          const m = await import('../app/registry.js');
          const p = await import('./progress.js');
          return m.importResidents(io, file, p.progressBar(io));
        },
        async (r, io) => (await views()).importView(r, io),
      ),
    );
  resident
    .command('add')
    .description('register a resident on a unit')
    .option('--name <name>', 'name 姓名')
    .option('--role <role>', 'owner|co-owner|tenant|company|agent')
    .option('--id-type <type>', 'id|passport|hk-macau|taiwan|company (default id)')
    .option('--id-number <no>', 'document number 证件号码')
    .option('--phone <phone>', 'mobile or landline')
    .option('--unit <code>', 'unit 房号')
    .action(
      act(
        async (io, _a, o) =>
          (await import('../app/registry.js')).addResident(io, {
            name: await need(io, o.name, 'name'),
            role: await need(io, o.role, 'role'),
            idType: o.idType,
            idNumber: await need(io, o.idNumber, 'id-number', 'ID number 证件号码', {
              // the check digit is verified at the prompt, with the reason shown.
              validate: (v) => {
                if (o.idType && o.idType !== 'id') return true;
                const why = idNumberProblem(v);
                return why ? io.t('err.idNumber', { flag: 'id-number', value: v, why }) : true;
              },
            }),
            phone: o.phone,
            unit: await need(io, o.unit, 'unit'),
          }),
        async (r, io) => io.t('resident.added', { id: r.id, name: r.name, unit: (r.units ?? []).map((u) => u.unit).join(', ') }),
      ),
    );
  resident
    .command('list')
    .description('list residents (ID numbers and phones masked)')
    .option('--unit <code>', 'only residents of this unit')
    .option('--name <text>', 'name contains')
    .option('--unmask', 'show ID numbers and phones in full (audit-logged; needs --reason)')
    .option('--reason <why>', 'why the personal data is needed unmasked')
    .option('--csv', 'CSV on stdout')
    .action(
      act(
        async (io, _a, o) => (await import('../app/registry.js')).listResidents(io, o),
        async (r, io, o) => (await views()).residentsView(r, io, o),
      ),
    );
  resident
    .command('show <id>')
    .description('a resident and the units they hold')
    .option('--unmask', 'show ID numbers and phones in full (audit-logged; needs --reason)')
    .option('--reason <why>', 'why the personal data is needed unmasked')
    .action(
      act(
        async (io, [id], o) => (await import('../app/registry.js')).showResident(io, id, o),
        async (r, io) => (await views()).residentView(r, io),
      ),
    );

  const profile = program.command('profile').description('estate profile: fees, deadlines, coverage, seasons, holidays');
  profile
    .command('show')
    .description('the profile in effect (defaults with this estate\'s settings)')
    .action(
      act(
        async (io) => (await import('../app/admin.js')).profileShow(io),
        (r) => JSON.stringify(r.profile, null, 2),
      ),
    );
  profile
    .command('set <key> <value>')
    .description('change one setting, e.g. `profile set fees.permitFeeFen 3000` or `profile set deadlines.R-301.review 7wd`')
    .action(
      act(
        async (io, [key, value]) => (await import('../app/admin.js')).profileSet(io, key, value),
        (r, io) => io.t('profile.set', { key: r.key, old: JSON.stringify(r.old), value: JSON.stringify(r.value) }),
      ),
    );
}
