// Human views of the desk (§6): the shift handover 交接班 (R-602).
import type { Io } from '../../core/io.js';
import { table } from '../../formats/table.js';
import { minute } from '../../formats/when.js';
import type { handover } from './usecases.js';
import { say, stepWord } from '../../core/words.js';

/** What the next shift inherits, one block per kind of open item; an empty block says so. */
export function handoverView(r: ReturnType<typeof handover>, io: Io): string {
  const t = io.t;
  const out = [t('shift.title', { from: r.from, to: r.to ?? '-', at: minute(r.at) })];
  const block = (title: string, head: string[], rows: unknown[][]) => {
    out.push('', title);
    out.push(
      rows.length
        ? table(
            head.map((h) => ({ head: h })),
            rows,
          )
        : t('word.none'),
    );
  };
  block(
    t('shift.openLog', { n: r.openLog.length }),
    [t('col.no'), t('col.unit'), t('col.type'), ''],
    r.openLog.map((x) => [x.no, x.unit ?? '', x.category ? t(`visitCategory.${x.category}`) : '', x.description ?? '']),
  );
  block(
    t('shift.visitorsIn', { n: r.visitorsIn.length }),
    [t('col.no'), t('col.name'), t('col.unit'), t('col.at')],
    r.visitorsIn.map((x) => [x.no, x.name ?? '', x.unit ?? '', minute(x.at)]),
  );
  block(
    t('shift.keysOut', { n: r.keysOut.length }),
    [t('col.no'), t('col.unit'), t('col.status'), t('col.at')],
    r.keysOut.map((x) => [x.no, x.unit ?? '', say(t, 'keyMove', 'status', x.status), minute(x.at)]),
  );
  block(
    t('shift.deadlines', { until: minute(r.until), n: r.deadlines.length }),
    [t('col.no'), t('col.unit'), t('col.step'), t('col.due')],
    r.deadlines.map((x) => [x.no, x.unit ?? '', stepWord(t, x.step), `${minute(x.due_at)}${x.overdue ? ` ${t('word.overdue')}` : ''}`]),
  );
  return out.join('\n');
}
