// Human views of report due, audit, doctor and the uniform record verbs.
import type { Io } from '../core/io.js';
import { fields, table, type Column } from '../formats/table.js';
import { toCsv } from '../formats/csv.js';
import { Chalk } from 'chalk';
import { minute } from '../formats/when.js';
import { formatFen } from '../core/money.js';
import type { RecordJson, ShowJson } from './usecases.js';
import { ruleCited, say, stepWord } from '../core/words.js';

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
  about?: string; // issue 18: what it is about (the kind's gist), at a terminal
  contact?: string; // issue 18: whom to call, phone masked (R-004)
}

/** How late (or how soon) a due time is, from now: "逾期 2 天 3 小时" / "还有 45 分钟". */
export function lateness(io: Io, dueAt: string, now: string): string {
  const min = Math.round((Date.parse(now) - Date.parse(dueAt)) / 60000);
  const m = Math.abs(min);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const span = d >= 3 ? io.t('span.d', { d }) : d ? io.t('span.dh', { d, h }) : h ? io.t('span.hm', { h, m: m % 60 }) : io.t('span.m', { m });
  return io.t(min >= 0 ? 'due.lateBy' : 'due.inside', { span });
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
    now?: string;
    plan?: PlanDue;
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
  monthly.push(...planLines(r.plan, io));
  if (!total.overdue && !total.dueToday) return [...(monthly.length ? monthly : [t('due.none')]), ...prov].join('\n');
  // Issue 18: each row says what it is about, whom to call (masked phone, R-004) and how late.
  const now = r.now ?? new Date().toISOString();
  // Piped (no `about` / `contact` described): one line a row, as before, with how late.
  const described = [...r.overdue, ...r.dueToday].some((d) => d.about !== undefined || d.contact !== undefined);
  const plainCols = [
    { head: t('col.no'), keep: true },
    { head: t('col.unit'), keep: true },
    { head: t('col.step') },
    { head: t('col.rule') },
    { head: t('col.due'), keep: true },
  ];
  const plainRows = (xs: DueItem[]) =>
    xs.map((d) => [
      d.no,
      d.unit ?? '',
      code(io, 'step', d.step),
      ruleCited(d.rule),
      `${minute(d.dueAt)}${provisionalMark(d)} ${lateness(io, d.dueAt, now)}`,
    ]);
  const richCols = [
    { head: `${t('col.no')} / ${t('col.unit')}`, keep: true, wrap: true },
    { head: t('col.due'), keep: true, wrap: true },
    { head: t('col.what'), wrap: true },
    { head: t('due.col.contact'), wrap: true, max: 12 },
  ];
  const richRows = (xs: DueItem[]) =>
    xs.map((d) => [
      [d.no, d.unit].filter(Boolean).join('\n'),
      `${minute(d.dueAt)}${provisionalMark(d)}\n${lateness(io, d.dueAt, now)}`,
      [d.about, `${code(io, 'step', d.step)} (${ruleCited(d.rule)})`].filter(Boolean).join('\n'),
      d.contact ?? '',
    ]);
  const cols = described ? richCols : plainCols;
  const rows = described ? richRows : plainRows;
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

/** R-803 in `report due`: this quarter's planned follow-ups (done/planned by officer, by area) and the 楼长会 held. */
interface PlanDue {
  quarter: string;
  byOfficer: Array<{ officer: string; planned: number; done: number }>;
  byArea: Array<{ area: string; planned: number; done: number }>;
  director: Array<{ officer: string; planned: number; done: number }>;
  meetings: Array<{ no: string; heldOn: string }>;
}

function planLines(p: PlanDue | undefined, io: Io): string[] {
  if (!p || (!p.byOfficer.length && !p.director.length && !p.meetings.length)) return [];
  const t = io.t;
  const cols = (first: string) => [{ head: first }, { head: t('due.plan.planned') }, { head: t('due.plan.done') }];
  const out = [t('due.plan', { quarter: p.quarter })];
  const people = [...p.byOfficer, ...p.director.map((d) => ({ ...d, officer: t('due.plan.director', { name: d.officer }) }))];
  if (people.length)
    out.push(
      table(
        cols(t('due.plan.officer')),
        people.map((x) => [x.officer, x.planned, x.done]),
      ),
    );
  if (p.byArea.length)
    out.push(
      table(
        cols(t('due.plan.area')),
        p.byArea.map((x) => [x.area, x.planned, x.done]),
      ),
    );
  out.push(
    p.meetings.length
      ? t('due.plan.meetings', { n: p.meetings.length, list: p.meetings.map((m) => `${m.no} ${m.heldOn}`).join(', ') })
      : t('due.plan.noMeeting', { quarter: p.quarter }),
  );
  return out;
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
  const count = total > rows.length ? t('list.newest', { n: rows.length, total, more: total - rows.length }) : t('word.rows', { n: rows.length });
  const legend = rows.some((r) => r.dueAt && r.provisional) ? `\n${t('cal.legend')}` : '';
  return `${dueTable(
    io,
    columns,
    rows,
    rows.map((r) => shown.map((c) => c.cell(r))),
  )}\n${count}${legend}`;
}

/** What the common `show` view reads; a workflow's own view passes just these (every further field is listed as is). */
export type ShownRecord = Pick<ShowJson, 'no' | 'type' | 'status' | 'unit' | 'createdAt' | 'deadlines' | 'timeline'> & {
  ledger?: ShowJson['ledger'];
};

/**
 * A closed value (status, channel, kind …) in the clerk's words: today the words
 * that exist (`<list>.<code>`, e.g. class.important, type.repair), else the code.
 * One call per column, so the closed-value word tables (issue 18, point 2) slot in here.
 */
export function code(io: Io, list: string, value: unknown, scope = 'core'): string {
  if (value === null || value === undefined || value === '') return '';
  // Issue 18.2: the closed lists' word tables (core/words.ts, each workflow's messages.ts) first.
  if (typeof value === 'string') {
    const w = list === 'step' ? stepWord(io.t, value) : say(io.t, scope, list, value);
    if (w !== value) return w;
  }
  const key = `${list}.${String(value)}`;
  const w = io.t(key);
  return w === key ? String(value) : w;
}

/** A field's label as the paper form names it (issue 18: `field.*`); money fields drop their `Fen`. */
export function label(io: Io, k: string, scope = 'core'): string {
  const base = k.endsWith('Fen') ? k.slice(0, -3) : k;
  const scoped = io.t(`field.${scope}.${base}`);
  if (scoped !== `field.${scope}.${base}`) return scoped;
  const key = `field.${base}`;
  const w = io.t(key);
  return w === key ? k : w;
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;
/** Fields that hold a closed value (a code) rather than free text. */
const CODES = new Set([
  'kind',
  'urgency',
  'source',
  'size',
  'channel',
  'class',
  'entry',
  'category',
  'idType',
  'custody',
  'keyStatus',
  'outcome',
  'status',
]);

/** Money in yuan with two decimals (fen are integers, R-003). */
export function yuan(io: Io, fen: number): string {
  return io.t('money.yuan', { amount: formatFen(fen) });
}

/**
 * One value as the paper form writes it (issue 18): money in yuan, times as
 * `2026-11-17 14:30`, yes/no, rates in per cent, lists one item a line, people by
 * name (`names`: id → name), closed values through `code`.
 */
export function shown(io: Io, k: string, v: unknown, names: Map<number, string> = new Map(), scope = 'core'): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number' && k.endsWith('Fen')) return yuan(io, v);
  if (typeof v === 'boolean') return io.t(v ? 'word.yes' : 'word.no');
  if (typeof v === 'number' && (k.endsWith('Rate') || k === 'satisfaction') && v <= 1) return `${(v * 100).toFixed(1)}%`;
  if (typeof v === 'number' && (k === 'resident' || k === 'absent') && names.has(v)) return names.get(v)!;
  if (typeof v === 'string' && ISO_TIME.test(v)) return minute(v);
  if (typeof v === 'string') {
    // A field that is a closed list (issue 18.2): its word when the scope's tables have one.
    const w = say(io.t, scope, k, v);
    if (w !== v) return w;
    if (CODES.has(k)) return code(io, k, v, scope);
    // `owner-id:王伟` (a document and whose it is) and `supervisor,project-manager` (codes in one string).
    const pair = /^([a-z][\w-]*):(.+)$/.exec(v);
    if (pair && say(io.t, scope, k, pair[1]) !== pair[1]) return `${say(io.t, scope, k, pair[1])}${io.lang === 'zh' ? '：' : ': '}${pair[2]}`;
    if (/^[a-z][\w-]*(,[a-z][\w-]*)+$/.test(v)) {
      const parts = v.split(',');
      const ws = parts.map((p) => shown(io, k, p, names, scope));
      if (ws.some((x, i) => x !== parts[i])) return ws.join(io.t('word.comma'));
    }
  }
  if (Array.isArray(v)) {
    if (!v.length) return io.t('word.none');
    return v.map((x) => shown(io, k, x, names, scope)).join('\n');
  }
  if (typeof v === 'object') {
    // A linked record: its number, its type's name and its status in its own type's words.
    const l = v as { no?: unknown; type?: unknown; status?: unknown; rel?: unknown };
    if (typeof l.no === 'string' && typeof l.type === 'string' && typeof l.status === 'string' && 'rel' in l)
      return [l.no, io.t(`type.${l.type}`), code(io, 'status', l.status, l.type)].join(' · ');
    return Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== null && x !== undefined && x !== '' && !(Array.isArray(x) && !x.length))
      .map(([k2, x]) => {
        // A list inside one line: 无渗漏、卫生.
        const w = shown(io, k2, x, names, scope).replace(/\n/g, io.t('word.comma'));
        return k2 === 'no' || k2 === 'name' ? w : `${label(io, k2, scope)} ${w}`;
      })
      .join(' · ');
  }
  return String(v);
}

/** People the record names by id (owners with their ids), so `absent: [7]` reads as a name. */
function namesOf(r: Record<string, unknown>): Map<number, string> {
  const m = new Map<number, string>();
  for (const v of Object.values(r))
    if (Array.isArray(v))
      for (const x of v)
        if (x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'number' && typeof (x as { name?: unknown }).name === 'string')
          m.set((x as { id: number }).id, (x as { name: string }).name);
  const known = (r as { residentNames?: Record<string, string> }).residentNames;
  for (const [id, name] of Object.entries(known ?? {})) m.set(Number(id), name);
  return m;
}

/** The missed deadlines `show` lists at most (the latest), and the next open ones. */
const MISSED_ROWS = 8;
const NEXT_ROWS = 4;

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
    'residentNames',
  ]);
  const names = namesOf(r as Record<string, unknown>);
  const head: Array<[string, unknown]> = [
    [t('col.no'), r.no],
    [t('col.type'), t(`type.${r.type}`)],
    [t('col.status'), code(io, 'status', r.status, r.type)],
    [t('col.unit'), r.unit ?? ''],
    [t('col.created'), minute(r.createdAt)],
  ];
  for (const [k, v] of Object.entries(r)) {
    if (skip.has(k) || v === null || v === undefined || v === '') continue;
    head.push([label(io, k, r.type), shown(io, k, v, names, r.type)]);
  }
  const out = [fields(head)];
  if (r.ledger?.length) {
    out.push('', t('show.ledger'));
    out.push(
      table(
        [
          { head: t('show.col.item') },
          { head: t('show.col.direction') },
          { head: t('show.col.amount'), keep: true },
          { head: t('col.at'), keep: true },
          { head: t('field.receipt') },
        ],
        r.ledger.map((l) => [
          code(io, 'item', l.item, r.type),
          code(io, 'show.direction', l.direction),
          yuan(io, l.amountFen),
          minute(l.at),
          l.receiptNo ?? '',
        ]),
      ),
    );
  }
  if (r.deadlines?.length) {
    // Issue 18: only the open and the missed deadlines — the latest MISSED_ROWS missed ones and the
    // next NEXT_ROWS open ones (a site's inspection slots would fill the screen); the rest are counted.
    const live = r.deadlines.filter((d) => !d.cancelled);
    const missedAll = live.filter((d) => (d.doneAt ? d.late : d.overdue));
    const nextAll = live.filter((d) => !d.doneAt && !d.overdue);
    const missed = missedAll.slice(-MISSED_ROWS);
    const next = nextAll.slice(0, NEXT_ROWS);
    const met = live.filter((d) => d.doneAt && !d.late).length;
    const cancelled = r.deadlines.length - live.length;
    out.push('', t('show.deadlines'));
    if (missed.length || next.length)
      out.push(
        table(
          [{ head: t('col.step') }, { head: t('col.rule') }, { head: t('col.due'), keep: true }, { head: t('col.state') }],
          [...missed, ...next].map((d) => [
            code(io, 'step', d.step),
            ruleCited(d.rule),
            `${minute(d.dueAt)}${provisionalMark(d)}`,
            d.doneAt ? `${t('word.late')} ${minute(d.doneAt)}` : d.overdue ? t('word.overdue') : t('word.due'),
          ]),
        ),
      );
    if (missedAll.length > missed.length) out.push(t('show.deadlinesEarlier', { n: missedAll.length - missed.length }));
    if (nextAll.length > next.length) out.push(t('show.deadlinesLater', { n: nextAll.length - next.length }));
    if (met || cancelled) out.push(t(missed.length || next.length ? 'show.deadlinesMore' : 'show.deadlinesAllMet', { met, cancelled }));
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
        [
          { head: t('col.at'), keep: true },
          { head: t('col.event'), max: 16 },
          { head: t('col.clerk'), max: 10 },
          { head: t('show.col.detail'), wrap: true },
        ],
        r.timeline.map((e) => [minute(e.at), code(io, 'event', e.kind, r.type), e.clerk, summary(io, e.data, names, r.type)]),
      ),
    );
  }
  return out.join('\n');
}

/** A timeline row's details: "label value" pairs (wrapped by the table at word / character boundaries). */
function summary(io: Io, data: Record<string, unknown>, names: Map<number, string>, scope = 'core'): string {
  const d = data ?? {};
  // A move of the state machine: "from → to" in the clerk's words.
  const move =
    typeof d.from === 'string' && typeof d.to === 'string' ? [`${code(io, 'status', d.from, scope)} → ${code(io, 'status', d.to, scope)}`] : [];
  const rest = move.length ? Object.entries(d).filter(([k]) => k !== 'from' && k !== 'to') : Object.entries(d);
  return move
    .concat(
      rest
        .filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))
        .map(([k, v]) => `${label(io, k, scope)} ${shown(io, k, v, names, scope).replace(/\n/g, '、')}`),
    )
    .join(io.lang === 'zh' ? '；' : '; ');
}

export { toCsv };
