// Human view of `followup due` (§8): overdue first (red), due today (yellow),
// then upcoming; who makes it when a rule says so (R-405).
import type { Io } from '../../core/io.js';
import { dueTable } from '../../records/views.js';
import { minute } from '../../formats/when.js';
import { say } from '../../core/words.js';
import type { followupDue, recordFollowup } from './usecases.js';

export function dueView(rows: Awaited<ReturnType<typeof followupDue>>, io: Io): string {
  const t = io.t;
  if (!rows.length) return t('followup.none');
  return dueTable(
    io,
    [{ head: t('col.no') }, { head: t('col.source') }, { head: t('col.unit') }, { head: t('col.rule') }, { head: t('col.due') }],
    rows,
    rows.map((r) => [
      r.no,
      r.source ?? '',
      r.unit ?? '',
      `${r.reason}${r.by ? ` · ${t(`complaint.byShort.${r.by}`)}` : ''}`,
      `${minute(r.dueAt)}${r.overdue ? ' !' : ''}`,
    ]),
  );
}

/** One line (issue 18.8: an unsatisfied follow-up said "reopened" twice): what was recorded and where the source stands. */
export function recordedView(r: Awaited<ReturnType<typeof recordFollowup>>, io: Io): string {
  const t = io.t;
  const satisfaction = t(`sat.${r.satisfaction}`);
  if (r.source === r.no) return t('followup.donePlanned', { no: r.no, satisfaction }); // R-803: a planned one is its own source
  if (r.reopened) return t('followup.reopened', { no: r.no, source: r.source }); // R-802
  return t('followup.done', { no: r.no, source: r.source, satisfaction, status: say(t, r.sourceType, 'status', r.sourceStatus) });
}
