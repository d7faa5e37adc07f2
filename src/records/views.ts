// Human views of report due, audit, doctor and the uniform record verbs.
import type { Io } from '../core/io.js';
import { fields, table, type Column } from '../formats/table.js';
import { toCsv } from '../formats/csv.js';
import { Chalk } from 'chalk';
import { minute } from '../formats/when.js';
import type { RecordJson, ShowJson } from './usecases.js';
import { say, stepWord } from '../core/words.js';

/** Overdue red, due today yellow — only at a colour terminal (not --no-color, NO_COLOR, pipes, JSON or CSV). */
export function paint(io: Io) {
  const c = new Chalk({ level: io.color ? 1 : 0 });
  return { overdue: (s: string) => c.red(s), today: (s: string) => c.yellow(s), dim: (s: string) => c.dim(s) };
}

/**
 * A table whose rows are coloured after layout (widths are measured on plain
 * text): overdue red, due today yellow, unless colour is off (NO_COLOR, not a TTY).
 */
export function dueTable(io: Io, columns: Column[], rows: Array<{ overdue?: boolean; dueToday?: boolean }>, cells: unknown[][]): string {
  const p = paint(io);
  const lines = table(columns, cells).split('\n');
  rows.forEach((r, i) => {
    if (r.overdue) lines[i + 2] = p.overdue(lines[i + 2]);
    else if (r.dueToday) lines[i + 2] = p.today(lines[i + 2]);
  });
  return lines.join('\n');
}

/** A deadline of `report due` (admin's reportDue), as far as the view reads it. */
interface DueItem {
  no: string;
  unit: string | null;
  step: string;
  rule: string;
  dueAt: string;
  provisional?: boolean; // R-0A1
}

/** `report due` at a terminal: the oldest of each section (the app caps them), with the counts. */
export function dueView(
  r: {
    overdue: DueItem[];
    dueToday: DueItem[];
    total?: { overdue: number; dueToday: number };
    reports?: Array<{ month: string; report: string; rule: string; dueAt: string; overdue: boolean }>;
    provisional?: number;
    noSurvey?: number | null;
  },
  io: Io,
): string {
  const t = io.t;
  const total = r.total ?? { overdue: r.overdue.length, dueToday: r.dueToday.length };
  // R-0A1: how many open deadlines rest on provisional days, due today or not.
  const prov = r.provisional ? [t('due.provisional', { n: r.provisional })] : [];
  // R-1200: no owners' survey this year yet.
  if (r.noSurvey) prov.push(t('due.noSurvey', { year: r.noSurvey }));
  // R-103 / R-407: the monthly reports not yet produced (issue 22), after the records' deadlines.
  const reports = r.reports ?? [];
  const monthly = reports.length
    ? [
        t('due.reports', { n: reports.length }),
        table(
          [{ head: t('col.month') }, { head: t('col.report') }, { head: t('col.rule') }, { head: t('col.due') }],
          reports.map((m) => [m.month, t(`due.report.${m.report}`), m.rule, `${minute(m.dueAt)}${m.overdue ? ` ${t('due.late')}` : ''}`]),
        ),
      ]
    : [];
  if (!total.overdue && !total.dueToday) return [...(monthly.length ? monthly : [t('due.none')]), ...prov].join('\n');
  const cols = [{ head: t('col.no') }, { head: t('col.unit') }, { head: t('col.step') }, { head: t('col.rule') }, { head: t('col.due') }];
  const rows = (xs: DueItem[]) => xs.map((d) => [d.no, d.unit ?? '', stepWord(t, d.step), d.rule, `${minute(d.dueAt)}${provisionalMark(d)}`]);
  const more = (shown: number, all: number) => (all > shown ? [t('due.more', { n: all - shown })] : []);
  const p = paint(io);
  const out: string[] = [];
  if (total.overdue)
    out.push(p.overdue(t('due.overdue', { n: total.overdue })), table(cols, rows(r.overdue)), ...more(r.overdue.length, total.overdue));
  if (total.dueToday)
    out.push(p.today(t('due.today', { n: total.dueToday })), table(cols, rows(r.dueToday)), ...more(r.dueToday.length, total.dueToday));
  if ([...r.overdue, ...r.dueToday].some((d) => d.provisional)) out.push(t('cal.legend'));
  return [...out, ...monthly, ...prov].join('\n');
}

/** R-0A1: the mark of a due time computed over provisional days (explained by the `cal.legend` line). */
export function provisionalMark(d: { provisional?: boolean }): string {
  return d.provisional ? ' *' : '';
}

/** R-0A2: the open deadlines a calendar change moved, one line each. */
export function changeLines(
  changes: Array<{ no: string; step: string; old: string; new: string; provisional: boolean; wasProvisional: boolean }>,
  io: Io,
): string {
  const t = io.t;
  if (!changes.length) return t('cal.noChanges');
  const day = (x: string) => x.slice(0, 10);
  return [
    t('cal.changes', { n: changes.length }),
    ...changes.map((c) => {
      const mark = c.provisional ? t('cal.stillProvisional') : c.wasProvisional ? t('cal.nowOfficial') : '';
      const show = day(c.old) === day(c.new) ? (x: string) => minute(x) : day;
      return `  ${t('cal.change', { no: c.no, step: stepWord(t, c.step), old: show(c.old), new: show(c.new), mark })}`;
    }),
  ].join('\n');
}

/** A line of the audit log (admin's audit), as far as the view reads it. */
interface AuditLine {
  at: string;
  clerk: string;
  subject: string;
  action: string;
  field: string | null;
  old: string | null;
  new: string | null;
}

export function auditView(rows: AuditLine[], io: Io): string {
  const t = io.t;
  if (!rows.length) return t('list.empty');
  return table(
    [
      { head: t('col.at'), max: 16 },
      { head: t('col.clerk'), max: 10 },
      { head: t('col.subject'), max: 14 },
      { head: t('col.action'), max: 12 },
      { head: t('col.change') },
    ],
    rows.map((a) => [minute(a.at), a.clerk, a.subject, a.action, `${a.field ?? ''}: ${a.old ?? ''} → ${a.new ?? ''}`]),
  );
}

export function doctorView(r: { ok: boolean; checks: Array<{ name: string; ok: boolean; warn?: boolean; detail: string }> }, io: Io): string {
  const lines = r.checks.map((c) => `${c.ok ? (c.warn ? '!' : '✓') : '✗'} ${c.name}: ${c.detail}`);
  lines.push(r.ok ? io.t('doc.ok') : io.t('doc.failed'));
  return lines.join('\n');
}

/**
 * `<group> list`: number, status, unit, dates and what it is about (the kind's gist
 * fields). At a narrow terminal the entry time gives way to the text, which is cut
 * with … (in full in `show`); CSV keeps every column.
 */
export function recordsView(rows: RecordJson[], io: Io, o: { csv?: boolean }, gist: string[] = [], total = rows.length): string {
  const t = io.t;
  // Issue 18: closed values (a category, a kind) in the clerk's words; --json keeps the codes.
  const what = (r: RecordJson) =>
    gist
      .map((k) => (typeof r[k] === 'string' ? say(t, r.type, k, r[k]) : r[k]))
      .filter((v) => v !== null && v !== undefined && v !== '')
      .join(' · ');
  const cols = [
    { head: t('col.no'), cell: (r: RecordJson) => r.no },
    { head: t('col.status'), cell: (r: RecordJson) => say(t, r.type, 'status', r.status) },
    { head: t('col.unit'), cell: (r: RecordJson) => r.unit ?? '' },
    { head: t('col.created'), cell: (r: RecordJson) => minute(r.createdAt), wide: true },
    {
      head: t('col.due'),
      cell: (r: RecordJson) => (r.dueAt ? `${minute(r.dueAt)}${r.overdue ? ' !' : ''}${provisionalMark(r as { provisional?: boolean })}` : ''),
    },
    ...(gist.length ? [{ head: t('col.what'), cell: what, text: true }] : []),
  ];
  if (o.csv)
    return toCsv(
      cols.map((c) => c.head),
      rows.map((r) => cols.map((c) => c.cell(r))),
    );
  if (!rows.length) return t('list.empty');
  const shown = gist.length && (process.stdout.columns || 80) < 100 ? cols.filter((c) => !c.wide) : cols;
  const columns = shown.map((c) => ('text' in c ? { head: c.head, max: 60 } : { head: c.head, keep: true }));
  const count = total > rows.length ? t('list.newest', { n: rows.length, total }) : t('word.rows', { n: rows.length });
  const legend = rows.some((r) => r.dueAt && r.provisional) ? `\n${t('cal.legend')}` : '';
  return `${dueTable(
    io,
    columns,
    rows,
    rows.map((r) => shown.map((c) => c.cell(r))),
  )}\n${count}${legend}`;
}

/** What the common `show` view reads; a workflow's own view passes just these (every further field is listed as is). */
export type ShownRecord = Pick<ShowJson, 'no' | 'type' | 'status' | 'unit' | 'createdAt' | 'deadlines' | 'timeline'>;

export function recordView(r: ShownRecord, io: Io): string {
  const t = io.t;
  const skip = new Set([
    'no',
    'type',
    'status',
    'unit',
    'createdAt',
    'enteredAt',
    'updatedAt',
    'dueAt',
    'overdue',
    'voided',
    'provisional',
    'deadlines',
    'timeline',
    'ledger',
  ]);
  const head: Array<[string, unknown]> = [
    [t('col.no'), r.no],
    [t('col.type'), t(`type.${r.type}`)],
    [t('col.status'), say(t, r.type, 'status', r.status)],
    [t('col.unit'), r.unit ?? ''],
    [t('col.created'), r.createdAt],
  ];
  for (const [k, v] of Object.entries(r)) {
    if (skip.has(k) || v === null || v === undefined) continue;
    head.push([k, typeof v === 'object' ? JSON.stringify(v) : say(t, r.type, k, v)]);
  }
  const out = [fields(head)];
  if (r.deadlines?.length) {
    out.push('', t('show.deadlines'));
    out.push(
      table(
        [{ head: t('col.step') }, { head: t('col.rule') }, { head: t('col.due') }, { head: t('col.state') }],
        r.deadlines.map((d) => [
          stepWord(t, d.step),
          d.rule,
          `${minute(d.dueAt)}${provisionalMark(d)}`,
          d.cancelled ? '-' : d.doneAt ? (d.late ? t('word.late') : t('word.done')) : d.overdue ? t('word.overdue') : t('word.due'),
        ]),
      ),
    );
    // R-0A1: which days an open deadline's count assumed, in a year without its notice.
    for (const d of r.deadlines) {
      if (!d.provisional || d.doneAt || d.cancelled) continue;
      const years = [...new Set([d.dueAt.slice(0, 4), ...(d.assumed ?? []).map((x: string) => x.slice(0, 4))])].join(', ');
      out.push(
        d.assumed?.length
          ? t('cal.assumed', { step: stepWord(t, d.step), days: d.assumed.join(', '), years })
          : t('cal.assumedNone', { step: stepWord(t, d.step), years }),
      );
    }
  }
  if (r.timeline?.length) {
    out.push('', t('show.timeline'));
    out.push(
      table(
        [{ head: t('col.at'), max: 16 }, { head: t('col.event'), max: 14 }, { head: t('col.clerk'), max: 10 }, { head: '' }],
        r.timeline.map((e) => [
          minute(e.at),
          say(t, r.type, 'event', e.kind),
          e.clerk,
          summary(e.data, (k, v) => say(t, r.type, k === 'from' || k === 'to' ? 'status' : k, v)),
        ]),
      ),
    );
  }
  return out.join('\n');
}

function summary(data: Record<string, unknown>, word: (k: string, v: string) => string): string {
  return Object.entries(data ?? {})
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : typeof v === 'string' ? word(k, v) : v}`)
    .join(' ');
}

export { toCsv };
