// What the clerk sees of the working-day calendar (R-0A1, R-0A2).
import type { Io } from '../core/io.js';
import { table } from '../formats/table.js';
import { changeLines } from '../records/views.js';
import type { calendarImport, calendarRecompute, calendarShow } from './usecases.js';

const festival = (name: string, io: Io) =>
  name
    .split('+')
    .map((n) => (io.t(`fest.${n}`) === `fest.${n}` ? n : io.t(`fest.${n}`)))
    .join(' · ');

export function showView(r: ReturnType<typeof calendarShow>, io: Io): string {
  const t = io.t;
  const head =
    r.status === 'provisional'
      ? t('cal.provisional', { year: r.year, law: r.law })
      : t(`cal.official.${r.source}`, { year: r.year, law: r.law, file: r.file ?? '', by: r.importedBy ?? '', at: r.importedAt ?? '' });
  const days = (xs: ReturnType<typeof calendarShow>['holidays']) =>
    table(
      [{ head: t('col.date') }, { head: t('col.weekday') }, { head: t('col.festival') }],
      xs.map((d) => [d.date, t(`wd.${d.weekday}`), festival(d.name, io)]),
    );
  const out = [head, '', t('cal.holidays', { n: r.holidays.length }), days(r.holidays), ''];
  out.push(r.workdays.length ? `${t('cal.workdays', { n: r.workdays.length })}\n${days(r.workdays)}` : t('cal.noWorkdays'));
  if (r.closedDays.length) out.push('', t('cal.closed', { days: r.closedDays.join(', ') }));
  if (r.provisionalDeadlines) out.push('', t('cal.openProvisional', { n: r.provisionalDeadlines }));
  return out.join('\n');
}

export function importView(r: ReturnType<typeof calendarImport>, io: Io): string {
  const t = io.t;
  const out: string[] = [];
  for (const y of r.years) {
    out.push(t('cal.imported', { year: y.year, holidays: y.holidays, workdays: y.workdays, was: t(`cal.src.${y.was}`) }));
    for (const w of y.warnings) out.push(`  ${t('cal.warning', { message: w.message })}`);
  }
  out.push(changeLines(r.changes, io));
  return out.join('\n');
}

export function recomputeView(r: ReturnType<typeof calendarRecompute>, io: Io): string {
  return `${io.t('cal.recomputed')}\n${changeLines(r.changes, io)}`;
}
