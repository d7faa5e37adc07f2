// `pmdesk meeting …`: new, act. The uniform verbs (list, show, print, void) come with the group.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import type { Io } from '../../core/io.js';

const app = () => import('./usecases.js');

const collect = (v: string, all: string[]) => [...all, v];

type MeetingView = Awaited<ReturnType<Awaited<ReturnType<typeof app>>['newMeeting']>>;

function shown(r: MeetingView, io: Io): string {
  return [
    io.t('meeting.recorded', { no: r.no, date: r.heldOn, n: r.attendees.length, status: r.status }),
    ...r.actions.map((a) =>
      io.t('meeting.action', { n: a.n, text: a.text, owner: a.owner, due: a.due, done: a.doneAt ? io.t('meeting.actionDone') : '' }),
    ),
  ].join('\n');
}

export default function register(g: Command): void {
  g.command('new')
    .option('--date <date>')
    .option('--attendees <names>')
    .option('--minutes <text>')
    .option('--action <text;owner;date>', '', collect, [])
    .action(
      act(
        async (io, _a, o) => (await app()).newMeeting(io, o),
        (r, io) => shown(r, io),
      ),
    );
  g.command('act <no>')
    .option('--action <n>')
    .option('--note <text>')
    .action(
      act(
        async (io, [no], o) => (await app()).actMeeting(io, no, o),
        (r, io) => shown(r, io),
      ),
    );
}
