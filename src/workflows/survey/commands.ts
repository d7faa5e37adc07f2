// `pmdesk survey …` (§12): new, return, report, close, act. The uniform verbs (list, show, print, void) come with the group.
import type { Command } from 'commander';
import { act } from '../../cli/run.js';
import { ask, askFor } from '../../cli/ask.js';

import { AREAS, parseScores, SCORE_PROBLEM } from './rules.js';
import { say } from '../../core/words.js';

const app = () => import('./usecases.js');

export default function register(g: Command): void {
  g.command('new')
    .option('--title <text>')
    .option('--year <YYYY>')
    .action(
      act(
        async (io, _a, o) => (await app()).newSurvey(io, await ask(io, o, { title: {}, year: { optional: true } })),
        (r, io) => io.t('survey.created', { no: r.no, title: r.title, year: r.year }),
      ),
    );
  g.command('return [no]')
    .option('--unit <code>')
    .option('--scores <area=1..5,…>')
    .option('--comment <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'survey', no, o, {
            unit: {},
            // The use-case's own check, shown at the prompt.
            scores: {
              validate: (x) => {
                const p = parseScores(x).problem;
                return p ? io.t(SCORE_PROBLEM[p.kind], { item: p.item, areas: AREAS.join(' ') }) : true;
              },
            },
            comment: { optional: true },
          });
          return (await app()).addReturn(io, v.no, v);
        },
        (r, io) => io.t('survey.returned', { no: r.no, unit: r.returned.unit, n: r.returns }),
      ),
    );
  g.command('report [no]')
    .option('--format <f>')
    .option('--out <file>')
    .option('--bom')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'survey', no, o, {}, { confirm: false });
          const r = await (await app()).report(io, v.no, o);
          // With --json (and no --out) only the data is printed.
          return (io.json && !o.out ? r.data : r) as typeof r;
        },
        async (r, io) => (r.text !== undefined ? r.text : (await import('../../cli/written.js')).written(io, r.out!)),
      ),
    );
  g.command('close [no]').action(
    act(
      async (io, [no], o) => (await app()).closeSurvey(io, (await askFor(io, 'survey', no, o)).no),
      (r, io) =>
        io.t('survey.closed', {
          no: r.no,
          status: say(io.t, 'survey', 'status', r.status),
          actions: r.actions.map((a) => io.t(`surveyArea.${a.area}`)).join(io.lang === 'zh' ? '、' : ', ') || '-',
          followups: r.followups.length,
        }),
    ),
  );
  g.command('act [no]')
    .option('--area <area>')
    .option('--note <text>')
    .action(
      act(
        async (io, [no], o) => {
          const v = await askFor(io, 'survey', no, o, { area: { choices: AREAS }, note: {} });
          return (await app()).act(io, v.no, v);
        },
        (r, io) => io.t('survey.acted', { no: r.no, status: say(io.t, 'survey', 'status', r.status) }),
      ),
    );
}
