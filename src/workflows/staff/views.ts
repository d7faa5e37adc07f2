// Human view of the staff roster.
import type { Io } from '../../core/io.js';
import { table } from '../../formats/table.js';
import { say } from '../../core/words.js';
import type { StaffJson } from './usecases.js';

export const roleName = (io: Io, r: string) => say(io.t, 'staff', 'role', r);

export function staffView(rows: StaffJson[], io: Io): string {
  const t = io.t;
  if (!rows.length) return t('staff.empty');
  return `${table(
    [
      { head: t('col.name') },
      { head: t('staff.role') },
      { head: t('staff.dept') },
      { head: t('staff.areas') },
      { head: t('staff.since') },
      { head: t('staff.left.col') },
    ],
    rows.map((m) => [m.name, roleName(io, m.role), m.dept ?? '', m.areas.join(','), m.since.slice(0, 10), m.leftAt ? m.leftAt.slice(0, 10) : '']),
  )}\n${t('word.rows', { n: rows.length })}`;
}
