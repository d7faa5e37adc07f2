// The workflow groups of cli.md. Every record group gets the uniform verbs
// (list, show, print, void); each workflow's own verbs live in its file
// (checkin.ts, complaint.ts, …) and are added as the workflows land.
import type { Command } from 'commander';
import { act } from './run.js';
import { refuse } from '../domain/errors.js';
import checkin from './checkin.js';
import keys from './keys.js';
import complaint from './complaint.js';
import followup from './followup.js';
import visit from './visit.js';
import repair from './repair.js';
import renovate from './renovate.js';
import registerShift from './shift.js';

const views = () => import('../render/admin.js');
/** Groups with their own human view of `show` (the JSON stays the uniform one). */
const SHOW_VIEWS: Record<string, () => Promise<{ showView: (r: any, io: any) => string }>> = { checkin: () => import('../render/checkin.js'), repair: () => import('../render/repair.js'), complaint: () => import('../render/complaint.js') };
const kindOf = async (group: string) => (await import('../app/kinds.js')).loadKind(group);

/** Extra verbs of a group, registered by the workflow's cli file. */
export type GroupVerbs = (group: Command) => void;

const GROUPS: Array<[string, string]> = [
  ['checkin', 'unit handover 交房/入伙 (JF)'],
  ['renovate', 'renovation permits 装修 (ZX)'],
  ['complaint', 'complaints, suggestions, praise 投诉/建议/表扬 (TS, JY)'],
  ['repair', 'repairs and help requests 报修/求助 (BX)'],
  ['visit', 'visitors and the reception log 来访/值班记录 (LF)'],
  ['keys', 'the key cabinet 钥匙 (YS)'],
  ['followup', 'follow-ups 回访 (HF)'],
  ['notice', 'notices 通知 (TZ)'],
  ['patrol', 'vacant-unit and public-area patrols 巡查 (XC)'],
  ['survey', 'satisfaction surveys 满意度调查 (DC)'],
  ['lend', 'small lending 借用 (JD)'],
];

/** Workflow verbs by group; a workflow issue adds its registrar here. */
const VERBS: Record<string, GroupVerbs> = { checkin, keys, complaint, followup, visit, repair, renovate };

export function registerWorkflows(program: Command): void {
  for (const [name, description] of GROUPS) {
    const g = program.command(name).description(description);
    VERBS[name]?.(g);
    uniformVerbs(g, name);
  }
  registerShift(program.command('shift').description('shift handover 交接班 (R-602)'));
}

/** Extra `list` filters per group (their values are matched against the JSON fields, see Kind.listFilters). */
const LIST_FILTERS: Record<string, Array<[string, string]>> = {
  repair: [['--kind <k>', 'only this kind'], ['--tech <name>', 'only this technician'], ['--urgency <u>', 'normal | urgent | emergency'], ['--repeat', 'only repeats (R-504)'], ['--help-kind <h>', 'only help requests of this kind (R-505)']],
  complaint: [['--class <c>', 'major | important | minor | invalid'], ['--kind <k>', 'complaint | suggestion | praise']],
};

export function uniformVerbs(g: Command, group: string): void {
  const list = g.command('list');
  for (const [flags, desc] of LIST_FILTERS[group] ?? []) list.option(flags, desc);
  list
    .description('list records')
    .option('--status <s>', 'only this status')
    .option('--open', 'only records not yet finished')
    .option('--overdue', 'only records with an overdue deadline')
    .option('--unit <code>', 'only this unit')
    .option('--from <date>', 'event on or after this date')
    .option('--to <date>', 'event on or before this date')
    .option('--month <YYYY-MM>', 'event in this month')
    .option('--csv', 'CSV on stdout')
    .action(
      act(
        async (io, _a, o) => (await import('../app/records.js')).listOf(io, await kindOf(group), o),
        async (r, io, o) => (await views()).recordsView(r, io, o),
      ),
    );
  g.command('show <no>')
    .description('the record, its timeline, its deadlines')
    .action(
      act(
        async (io, [no]) => (await import('../app/records.js')).showOf(io, await kindOf(group), no),
        async (r, io) => (SHOW_VIEWS[group] ? (await SHOW_VIEWS[group]()).showView(r, io) : (await views()).recordView(r, io)),
      ),
    );
  g.command('print <no>')
    .description('its printable form (R-902)')
    .option('--format <f>', 'html or pdf', 'html')
    .option('--out <file>', 'write to this file (created 0600); HTML goes to stdout without it')
    .option('--unmask', 'ID numbers and phones in full (audit-logged; needs --reason)')
    .option('--reason <why>', 'why the personal data is needed unmasked')
    .action(
      act(
        async (io, [no], o) => (await import('../app/records.js')).printOf(io, await kindOf(group), no, o),
        (r) => (r.html !== undefined ? r.html : undefined),
      ),
    );
  g.command('void <no>')
    .description('void a wrong record with a reason (R-001)')
    .option('--reason <text>', 'why it is void')
    .action(
      act(
        async (io, [no], o) => (await import('../app/records.js')).voidOf(io, await kindOf(group), no, o.reason),
        (r, io) => io.t('void.done', { no: r.no, reason: r.voidReason }),
      ),
    );
}
