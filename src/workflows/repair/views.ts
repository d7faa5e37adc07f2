// Human views of repairs (§5): the daily repair log 日常维修记录表 (R-500) and
// `repair show` (work order fields, R-504 repeat flag, then the common
// deadlines and timeline). JSON stays the uniform one.
import type { Io } from '../../core/io.js';
import { formatFen } from '../../core/money.js';
import { fields, table } from '../../formats/table.js';
import { recordView } from '../../records/views.js';
import type { RecordJson, ShowJson } from '../../records/usecases.js';
import type { RepairDetail } from './usecases.js';
import { minute } from '../../formats/when.js';
import { say } from '../../core/words.js';

/** One repair's state in a word: completed on time / late, overdue, due. */
function state(r: { voided: boolean; overdue: boolean; onTime: boolean | null }, io: Io): string {
  const t = io.t;
  if (r.voided) return t('repair.v.voided');
  if (r.onTime === true) return t('repair.v.onTime');
  if (r.onTime === false) return t('word.late');
  return r.overdue ? t('word.overdue') : t('word.due');
}

const where = (r: RecordJson) => `${r.unit ?? r.public ?? ''}${r.location ? ` ${r.location}` : ''}`;

/** The daily repair log: one line per request, in order of report; repeats (R-504) and lateness marked. */
export function logView(res: { period: string; rows: RecordJson[] }, io: Io): string {
  const t = io.t;
  const title = t('repair.log.heading', { period: res.period });
  if (!res.rows.length) return `${title}\n${t('list.empty')}`;
  const rows = res.rows.map((r) => [
    r.no,
    res.period.length === 7 ? minute(r.createdAt).slice(5, 10) : minute(r.createdAt).slice(11),
    where(r),
    `${r.help ? `[${t('repair.v.help')}] ` : ''}${r.repeat ? `[${t('repair.v.repeatShort')}] ` : ''}${r.description}`,
    r.tech ?? '',
    `${say(t, 'repair', 'status', r.status)}${r.overdue ? ' !' : ''}${r.onTime === false ? ` ${t('word.late')}` : ''}`,
  ]);
  // The record number is never cut: the other columns have a width cap so the log fits 80 columns.
  const cols = [
    { head: t('col.no') },
    { head: t('repair.col.time') },
    { head: t('repair.f.unit'), max: 10 },
    { head: t('repair.f.desc'), max: 16 },
    { head: t('repair.f.tech'), max: 6 },
    { head: t('col.status'), max: 12 },
  ];
  return `${title}\n${table(cols, rows)}\n${t('word.rows', { n: res.rows.length })}`;
}

/** `repair show` for a person: what, where, who, money, timeliness and the repeat flag; then deadlines and timeline. */
export function showView(json: ShowJson, io: Io): string {
  const t = io.t;
  if (json.kind === undefined) return recordView(json, io);
  const r = json as ShowJson & RepairDetail;
  const base = recordView(
    { no: r.no, type: r.type, status: r.status, unit: r.unit, createdAt: r.createdAt, deadlines: r.deadlines, timeline: r.timeline },
    io,
  );
  const cut = base.indexOf('\n\n');
  const tail = cut < 0 ? '' : base.slice(cut);
  const money = r.paid
    ? `${t('repair.paid')} ${r.quoteFen !== null ? formatFen(r.quoteFen) : ''}${r.receiptNo ? ` / ${formatFen(r.amountFen)} ${r.receiptNo}` : ''}`
    : t('repair.free');
  const pairs: Array<[string, unknown]> = [
    [t('col.no'), r.no],
    [t('col.status'), say(t, 'repair', 'status', r.status)],
    [t('repair.f.unit'), where(r)],
    [t('repair.f.time'), minute(r.createdAt)],
    [t('repair.f.reporter'), `${r.reporter ?? ''} ${r.phone ?? ''}`.trim()],
    [t('repair.f.desc'), r.description],
    [
      t('repair.f.kind'),
      `${say(t, 'repair', 'kind', r.kind)} / ${say(t, 'repair', 'urgency', r.urgency)}${r.help ? ` (${say(t, 'repair', 'helpKind', r.help)})` : ''}`,
    ],
    [t('repair.f.tech'), r.tech ?? ''],
    [t('repair.f.materials'), r.materials ?? ''],
    [t('repair.f.paid'), money],
  ];
  if (r.agreedAt) pairs.push([t('repair.f.agreed'), minute(r.agreedAt)]);
  if (r.completedAt) pairs.push([t('repair.f.completed'), `${minute(r.completedAt)} (${state(r, io)})`], [t('repair.f.comment'), r.comment ?? '']);
  if (r.repeat) pairs.push([t('repair.f.repeat'), t('repair.v.repeat', { n: r.sameKindCount })]);
  return fields(pairs) + tail;
}
