// Human views of the registry and setup commands.
import type { Io } from '../../core/io.js';
import type { InitResult, UnitJson, listResidents, showResident, showUnit } from './usecases.js';
import type { ImportResult } from './usecases-import.js';
import type { HistoryEntry } from './usecases-life.js';
import { fields, table } from '../../formats/table.js';
import { toCsv } from '../../formats/csv.js';
import { say } from '../../core/words.js';

const status = (io: Io, s: string) => say(io.t, 'unit', 'status', s);
/** A resident's role in the clerk's language (业主, 租户 …). */
export const role = (io: Io, s: string) => say(io.t, 'resident', 'role', s);

export function initView(r: InitResult, io: Io): string {
  // Never "for -" (issue 18.6): without a name, say how to give it.
  const estate = r.estate;
  if (r.created) return estate ? io.t('init.created', { db: r.db, to: r.to, estate }) : io.t('init.createdUnnamed', { db: r.db, to: r.to });
  if (r.from < r.to) return io.t('init.upgraded', { db: r.db, from: r.from, to: r.to, backup: r.backup ?? '-' });
  return estate ? io.t('init.current', { db: r.db, to: r.to, estate }) : io.t('init.currentUnnamed', { db: r.db, to: r.to });
}

export function importView(r: ImportResult, io: Io): string {
  if (r.nothing) return io.t('imp.empty', { file: r.file });
  if (!r.added && !r.changed) return io.t('imp.nothing', { file: r.file, rows: r.rows, encoding: r.encoding });
  const lines = [io.t('imp.done', { ...r })];
  for (const d of r.differences) lines.push(`  ${io.t('imp.difference', { ...d, old: d.old ?? '-', new: d.new ?? '-' })}`);
  return lines.join('\n');
}

export function unitsView(rows: UnitJson[], io: Io, o: { csv?: boolean }): string {
  const t = io.t;
  const data = rows.map((u) => [u.code, u.building, u.floor, u.area === null ? '' : u.area.toFixed(2), status(io, u.status)]);
  const heads = [t('col.code'), t('col.building'), t('col.floor'), t('col.area'), t('col.status')];
  if (o.csv) return toCsv(heads, data);
  if (!rows.length) return t('list.empty');
  return `${table(
    heads.map((head) => ({ head })),
    data,
  )}\n${t('word.rows', { n: rows.length })}`;
}

export function unitView(u: ReturnType<typeof showUnit>, io: Io): string {
  const t = io.t;
  const parts = [
    fields([
      [t('col.code'), u.code],
      [t('col.building'), u.building],
      [t('col.floor'), u.floor],
      [t('col.area'), u.area],
      [t('col.status'), status(io, u.status)],
    ]),
  ];
  parts.push(`\n${t('unit.residents')}`);
  parts.push(
    u.residents.length
      ? table(
          [{ head: t('col.id') }, { head: t('col.name') }, { head: t('col.role') }, { head: t('col.idNumber') }, { head: t('col.phone') }],
          u.residents.map((r) => [r.id, r.name, role(io, r.role), r.idNumber, r.phone]),
        )
      : t('word.none'),
  );
  if (u.keys.length) {
    parts.push(`\n${t('unit.keys')}`);
    parts.push(
      table(
        [{ head: t('col.hook') }, { head: t('col.kind') }, { head: t('col.count') }, { head: t('col.custody') }, { head: t('col.status') }],
        u.keys.map((k) => [
          k.hook,
          say(t, 'keyMove', 'kind', k.kind),
          k.count,
          say(t, 'keyMove', 'custody', k.custody),
          say(t, 'keyMove', 'keyStatus', k.status),
        ]),
      ),
    );
  }
  if (u.records.length) {
    parts.push(`\n${t('unit.records')}`);
    parts.push(
      table(
        [{ head: t('col.no') }, { head: t('col.type') }, { head: t('col.status') }],
        u.records.map((r) => [r.no, t(`type.${r.type}`), say(t, r.type, 'status', r.status)]),
      ),
    );
  }
  if (u.history.length) {
    parts.push(`\n${t('unit.history')}`);
    parts.push(
      table(
        [{ head: t('col.at') }, { head: t('col.status') }, { head: t('col.no') }],
        u.history.map((h) => [h.at, `${h.from ? status(io, h.from) : ''} → ${status(io, h.to)}`, h.no ?? '']),
      ),
    );
  }
  return parts.join('\n');
}

export function residentsView(rows: ReturnType<typeof listResidents>, io: Io, o: { csv?: boolean }): string {
  const t = io.t;
  const heads = [t('col.id'), t('col.name'), t('col.idNumber'), t('col.phone'), t('col.units')];
  const data = rows.map((r) => [r.id, r.name, r.idNumber, r.phone, (r.units ?? []).map((u) => `${u.unit} ${role(io, u.role)}`).join(', ')]);
  if (o.csv) return toCsv(heads, data);
  if (!rows.length) return t('list.empty');
  return `${table(
    heads.map((head) => ({ head })),
    data,
  )}\n${t('word.rows', { n: rows.length })}`;
}

export function residentView(r: ReturnType<typeof showResident>, io: Io): string {
  const t = io.t;
  return [
    fields([
      [t('col.id'), r.id],
      [t('col.name'), r.name],
      [t('col.idNumber'), `${r.idNumber ?? ''} (${say(t, 'resident', 'idType', r.idType)})`],
      [t('col.phone'), r.phone],
    ]),
    '',
    r.units.length
      ? table(
          [{ head: t('col.code') }, { head: t('col.role') }, { head: t('col.since') }, { head: t('col.status') }],
          r.units.map((u) => [
            u.code,
            role(io, u.role),
            u.until ? `${u.since.slice(0, 10)} → ${u.until.slice(0, 10)}` : u.since.slice(0, 10), // a date, not an ISO time (issue 18)
            status(io, u.status),
          ]),
        )
      : t('word.none'),
  ].join('\n');
}

/** what a correction changed (personal values stay out of the terminal; the audit log keeps them). */
export function correctedView(who: string, changes: Array<{ field: string; old?: unknown; new?: unknown }>, io: Io): string {
  const shown = changes.map((c) => ('old' in c ? `${c.field}: ${c.old ?? '-'} → ${c.new ?? '-'}` : c.field));
  return io.t('corrected', { who, changes: shown.join('; ') });
}

/** A life event done: the unit, old → new status, when. */
export function lifeView(r: { code: string; status: string; event: string; at: string }, from: string, io: Io): string {
  return io.t('life.done', {
    code: r.code,
    from: status(io, from),
    to: status(io, r.status),
    event: io.t(`event.${r.event}`),
    at: r.at.slice(0, 16).replace('T', ' '),
  });
}

/** `unit history`: status changes and resident changes in time order. */
export function historyView(r: { code: string; status: string; history: HistoryEntry[] }, io: Io): string {
  const t = io.t;
  if (!r.history.length) return `${r.code} ${status(io, r.status)}\n${t('word.none')}`;
  const rows = r.history.map((h) => {
    const change = h.resident
      ? `${h.resident.name} (${role(io, h.resident.role)})`
      : `${h.from ? status(io, h.from) : ''} → ${h.to ? status(io, h.to) : ''}`;
    const detail = [h.no, h.reason, h.residents?.map((x) => x.name).join('、')].filter(Boolean).join(' ');
    return [h.at.slice(0, 16).replace('T', ' '), t(`event.${h.event}`), change, detail];
  });
  return `${r.code} ${status(io, r.status)}\n${table(
    [{ head: t('col.at') }, { head: t('col.event') }, { head: t('col.status') }, { head: t('col.detail') }],
    rows,
  )}`;
}
