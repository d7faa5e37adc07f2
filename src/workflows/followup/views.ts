// Human view of `followup due` (§8): overdue first (red), due today (yellow),
// then upcoming; who makes it when a rule says so (R-405).
import type { Io } from '../../core/io.js';
import { dueTable, lateness, paint } from '../../records/views.js';
import { table } from '../../formats/table.js';
import { minute } from '../../formats/when.js';
import { ruleCited, say } from '../../core/words.js';
import type { followupDue, recordFollowup } from './usecases.js';

type DueRow = Awaited<ReturnType<typeof followupDue>>[number] & { now?: string; about?: string; contact?: string };

/**
 * Issue 18: each row says how late (or how soon) it is; at a terminal (rows described) also what it is
 * about and whom to call (name, masked phone, R-004), like `report due`; piped, one line a row.
 */
export function dueView(rows: DueRow[], io: Io): string {
  const t = io.t;
  if (!rows.length) return t('followup.none');
  const rule = (r: DueRow) => `${ruleCited(r.reason)}${r.by ? ` · ${t(`complaint.byShort.${r.by}`)}` : ''}`;
  const late = (r: DueRow) => (r.dueAt && r.now ? lateness(io, r.dueAt, r.now) : '');
  if (rows.some((r) => r.about !== undefined || r.contact !== undefined)) {
    // Rows of two lines: coloured by section headings (overdue red, due today yellow), as `report due` does.
    const cols = [
      { head: `${t('col.no')} / ${t('col.unit')}`, keep: true, wrap: true },
      { head: t('col.due'), keep: true, wrap: true },
      { head: t('col.what'), wrap: true },
      { head: t('due.col.contact'), wrap: true, max: 12 },
    ];
    const cells = (xs: DueRow[]) =>
      xs.map((r) => [
        [r.no, r.unit].filter(Boolean).join('\n'),
        [minute(r.dueAt), late(r)].filter(Boolean).join('\n'),
        [r.source ? [r.source, r.about].filter(Boolean).join(' ') : r.about, rule(r)].filter(Boolean).join('\n'),
        r.contact ?? '',
      ]);
    const p = paint(io);
    const out: string[] = [];
    const overdue = rows.filter((r) => r.overdue);
    const today = rows.filter((r) => r.dueToday);
    const later = rows.filter((r) => !r.overdue && !r.dueToday);
    if (overdue.length) out.push(p.overdue(t('due.overdue', { n: overdue.length })), table(cols, cells(overdue)));
    if (today.length) out.push(p.today(t('due.today', { n: today.length })), table(cols, cells(today)));
    if (later.length) out.push(t('followup.upcoming', { n: later.length }), table(cols, cells(later)));
    return out.join('\n');
  }
  // Piped: one line a row that fits 80 columns with how late: the source (a planned one, R-803: its rule) and who
  // follows it up when a rule says so (R-405) share a column, the one that gives way (cut with …) in the widest case.
  return dueTable(
    io,
    [{ head: t('col.no'), keep: true }, { head: t('col.source') }, { head: t('col.unit'), keep: true }, { head: t('col.due'), keep: true }],
    rows,
    rows.map((r) => [
      r.no,
      `${r.source ?? ruleCited(r.reason)}${r.by ? ` · ${t(`complaint.byShort.${r.by}`)}` : ''}`,
      r.unit ?? '',
      [minute(r.dueAt), late(r)].filter(Boolean).join(' '),
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
