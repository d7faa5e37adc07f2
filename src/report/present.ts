// The monthly report as a document (titles, KPI lines with their formulas,
// tables) in the user's language; every format but JSON draws this.
import type { T } from '../i18n/index.js';
import type { Monthly, TrendPoint } from './monthly.js';
import { formatFen } from '../core/money.js';
import { pct, type Chart, type Doc, type DocSection, type Rate } from '../formats/doc.js';
import { table } from '../formats/table.js';
import { minute } from '../formats/when.js';
import type { ArchiveList } from './archive.js';

const STATUS_ORDER = ['unsold', 'vacant', 'handed-over', 'renovating', 'occupied', 'leased'];

function kv(t: T, prefix: string, obj: Record<string, unknown>, skip: string[] = []): Array<[string, string | number]> {
  const out: Array<[string, string | number]> = [];
  for (const [k, v] of Object.entries(obj)) {
    if (skip.includes(k) || v === null || typeof v === 'object') continue;
    const label = t(`rep.${prefix}.${k}`);
    out.push([label.startsWith('rep.') ? k : label, k.endsWith('Fen') ? formatFen(v as number) : (v as number)]);
  }
  return out;
}

function rateLine(t: T, key: string, r: Rate | undefined): string {
  if (!r) return '';
  const shown = key === 'complaintRatePer100Units' ? (r.den ? (r.num / r.den).toFixed(2) : '–') : pct(r);
  return t(`kpi.${key}`, { num: r.num, den: r.den, pct: shown });
}

/** R-103 house-status table 房屋动态表: the first section of the monthly report, and all of `report units`. */
export function unitsSection(u: Monthly['units'], t: T): DocSection {
  const st = (s: string) => t(`unitStatus.${s}`);
  return {
    id: 'units',
    title: t('rep.units'),
    lines: [t('rep.units.total', { n: u.total })],
    tables: [
      { head: [t('col.status'), t('rep.count')], rows: STATUS_ORDER.map((s) => [st(s), u.byStatus[s] ?? 0]) },
      ...(u.changes.length
        ? [
            {
              title: t('rep.units.changes'),
              head: [t('col.unit'), t('col.at'), t('col.change'), t('col.no')],
              rows: u.changes.map((c) => [c.unit, c.at.slice(0, 10), `${c.from ? st(c.from) : ''} → ${st(c.to)}`, c.no ?? '']),
            },
          ]
        : []),
    ],
  };
}

/** A KPI's value as shown: a percentage, or complaints per 100 units with 2 decimals. */
function shownValue(key: string, v: number | null): string {
  if (v === null) return '–';
  return key === 'complaintRatePer100Units' ? v.toFixed(2) : `${(v * 100).toFixed(1)}%`;
}

/** Every KPI with its formula, its target from the profile (`targets.*`) and a pass/miss word (issue 22, R-900). */
export function kpiSection(m: Monthly, t: T): DocSection {
  const keys = Object.keys(m.kpis.formulas);
  const value = (k: string) => (m.kpis[k] as number | null) ?? null;
  const word = (p: boolean | null, k: string) =>
    p === null ? (m.kpis.targets[k] === null ? '' : t('rep.kpi.notYet')) : p ? t('rep.kpi.pass') : t('rep.kpi.miss');
  return {
    id: 'kpis',
    title: t('rep.kpis'),
    lines: keys.map((k) => rateLine(t, k, m.kpis.formulas[k])),
    tables: [
      {
        head: [t('rep.kpi.name'), t('rep.kpi.value'), t('rep.kpi.target'), t('rep.kpi.result')],
        rows: keys.map((k) => [
          t(`kpiName.${k}`),
          shownValue(k, value(k)),
          m.kpis.targets[k] === null ? '–' : shownValue(k, m.kpis.targets[k]),
          word(m.kpis.pass[k], k),
        ]),
        marks: keys.map((k) => (m.kpis.pass[k] === null ? null : m.kpis.pass[k] ? 'pass' : 'miss')),
      },
    ],
    // The KPI file of `--out dir/`: one row per KPI, numbers a script can read (issue 22).
    csv: {
      head: ['kpi', 'numerator', 'denominator', 'value', 'target'].map((c) => t(`rep.kpi.csv.${c}`)),
      rows: keys.map((k) => [t(`kpiName.${k}`), m.kpis.formulas[k].num, m.kpis.formulas[k].den, value(k), m.kpis.targets[k]]),
      kinds: ['text', 'count', 'count', 'general', 'general'],
    },
  };
}

/** 12-month trends of each KPI and the main counts, tables for text and CSV, charts for HTML and PDF (issue 22). */
export function trendSection(m: Monthly, t: T): DocSection | null {
  const tr = m.trends;
  if (!tr?.length) return null;
  const months = tr.map((p) => p.month);
  const keys = Object.keys(m.kpis.formulas);
  const charts: Chart[] = keys.map((k) => ({
    kind: 'line',
    title: t(`kpiName.${k}`),
    x: months,
    series: [{ name: t(`kpiName.${k}`), values: tr.map((p) => p.kpis[k] ?? null) }],
    percent: k !== 'complaintRatePer100Units',
    target: m.kpis.targets[k],
    targetLabel: m.kpis.targets[k] === null ? undefined : `${t('rep.kpi.target')} ${shownValue(k, m.kpis.targets[k])}`,
  }));
  const counts: Array<[string, (p: TrendPoint) => number]> = [
    [t('rep.trend.complaints'), (p) => p.counts.complaints],
    [t('rep.trend.repairs'), (p) => p.counts.repairs],
    [t('rep.trend.renovationsActive'), (p) => p.counts.renovationsActive],
    [t('rep.trend.visits'), (p) => p.counts.visits],
  ];
  charts.push({ kind: 'line', title: t('rep.trend.counts'), x: months, series: counts.map(([name, f]) => ({ name, values: tr.map(f) })) });
  const classes = Object.keys(m.complaints.byClass ?? {});
  charts.push({
    kind: 'bar',
    title: t('rep.trend.byClass'),
    x: months,
    series: classes.map((c) => ({ name: t(`class.${c}`), values: tr.map((p) => p.counts.complaintsByClass[c] ?? 0) })),
  });
  const depts = Object.entries(m.complaints.byDept ?? {});
  if (depts.length)
    charts.push({
      kind: 'bar',
      title: t('rep.complaints.byDept'),
      x: depts.map(([d]) => d),
      series: [{ name: t('rep.count'), values: depts.map(([, n]) => n) }],
    });
  charts.push({
    kind: 'bar',
    title: t('rep.units'),
    x: STATUS_ORDER.map((s) => t(`unitStatus.${s}`)),
    series: [{ name: t('rep.count'), values: STATUS_ORDER.map((s) => m.units.byStatus[s] ?? 0) }],
  });
  return {
    id: 'trends',
    title: t('rep.trends'),
    tables: [
      {
        title: t('rep.kpis'),
        head: [t('rep.month'), ...keys.map((k) => t(`kpiName.${k}`))],
        rows: tr.map((p) => [p.month, ...keys.map((k) => shownValue(k, p.kpis[k] ?? null))]),
      },
      {
        title: t('rep.trend.counts'),
        head: [t('rep.month'), ...counts.map(([n]) => n)],
        rows: tr.map((p) => [p.month, ...counts.map(([, f]) => f(p))]),
      },
    ],
    charts,
  };
}

export function presentMonthly(m: Monthly, t: T): Doc {
  // KPIs against their targets first: what a manager reads at a glance (issue 22).
  const trends = trendSection(m, t);
  const sections: DocSection[] = [kpiSection(m, t), ...(trends ? [trends] : []), unitsSection(m.units, t)];
  const simple = (id: keyof Monthly, extraTables: DocSection['tables'] = [], lines: string[] = []) => {
    const obj = m[id] as Record<string, unknown>;
    sections.push({ id, title: t(`rep.${id}`), lines, tables: [{ head: [t('rep.item'), t('rep.value')], rows: kv(t, id, obj) }, ...extraTables] });
  };
  simple('checkins');
  simple('renovations');
  const c = m.complaints;
  simple(
    'complaints',
    [
      {
        title: t('rep.complaints.byClass'),
        head: [t('rep.item'), t('rep.count')],
        rows: Object.entries(c.byClass ?? {}).map(([k, v]) => [t(`class.${k}`), v as number]),
      },
      ...(Object.keys(c.byDept ?? {}).length
        ? [
            {
              title: t('rep.complaints.byDept'),
              head: [t('rep.item'), t('rep.count')],
              rows: Object.entries(c.byDept).map(([k, v]) => [k, v as number]),
            },
          ]
        : []),
      ...(Object.keys(c.byCause ?? {}).length
        ? [
            {
              title: t('rep.complaints.byCause'),
              head: [t('rep.item'), t('rep.count')],
              rows: Object.entries(c.byCause).map(([k, v]) => [k, v as number]),
            },
          ]
        : []),
      ...(c.repeats?.length
        ? [
            {
              title: t('rep.repeats'),
              head: [t('col.unit'), t('rep.about'), t('rep.count')],
              rows: c.repeats.map((r) => [r.unit, r.about, r.count]),
            },
          ]
        : []),
      ...(c.developerOpen?.length
        ? [
            {
              title: t('rep.complaints.developerOpen'),
              head: [t('col.no'), t('rep.col.issue'), t('rep.col.opened'), t('col.due'), t('rep.col.ageDays')],
              rows: c.developerOpen.map((h) => [h.no, h.issue, h.openedAt.slice(0, 10), h.replyDue ? h.replyDue.slice(0, 10) : '', h.ageDays]),
            },
          ]
        : []),
      ...(c.extensions?.length
        ? [
            {
              title: t('rep.complaints.extensions'),
              head: [t('col.no'), t('rep.col.oldDue'), t('rep.col.newDue'), t('rep.col.approvedBy'), t('rep.col.reason')],
              rows: c.extensions.map((e) => [
                e.no,
                e.from.slice(0, 16).replace('T', ' '),
                e.to.slice(0, 16).replace('T', ' '),
                e.approvedBy,
                e.reason,
              ]),
            },
          ]
        : []),
    ],
    [rateLine(t, 'answered24h', c.answered24h), rateLine(t, 'handledOnTime', c.handledOnTime)].filter(Boolean),
  );
  simple('suggestions');
  const r = m.repairs;
  simple(
    'repairs',
    r.repeats?.length
      ? [
          {
            title: t('rep.repeats'),
            head: [t('col.unit'), t('rep.kind'), t('rep.count')],
            rows: r.repeats.map((x) => [x.unit, x.kind, x.count]),
          },
        ]
      : [],
  );
  const f = m.followups;
  sections.push({
    id: 'followups',
    title: t('rep.followups'),
    lines: [t('rep.followups.line', { due: f.due, onTime: f.onTime, late: f.late, overdue: f.overdue, done: f.done })],
    tables: [
      {
        head: [t('rep.source'), t('rep.done'), t('sat.satisfied'), t('sat.basic'), t('sat.unsatisfied')],
        rows: Object.entries(f.bySource).map(([k, v]) => [t(`type.${k}`), v.done, v.satisfied, v.basic, v.unsatisfied]),
      },
    ],
  });
  simple('keys');
  simple(
    'visits',
    Object.keys(m.visits.byCategory ?? {}).length
      ? [
          {
            title: t('rep.visits.byCategory'),
            head: [t('rep.item'), t('rep.count')],
            rows: Object.entries(m.visits.byCategory).map(([k, v]) => [
              t(`visitCategory.${k}`).startsWith('visitCategory.') ? k : t(`visitCategory.${k}`),
              v as number,
            ]),
          },
        ]
      : [],
  );
  simple('notices');
  simple('lending');
  simple('patrols');
  simple('surveys');
  // the quarter's planned follow-ups, done vs planned by officer and by area; the 楼长会 held this quarter.
  const p = m.planned;
  if (p && (p.byOfficer.length || p.director.length || p.meetings.length))
    sections.push({
      id: 'planned',
      title: t('rep.planned', { quarter: p.quarter }),
      lines: [t('rep.planned.meetings', { n: p.meetings.length, list: p.meetings.map((x) => `${x.no} ${x.heldOn}`).join(', ') || '–' })],
      tables: [
        {
          head: [t('due.plan.officer'), t('due.plan.planned'), t('due.plan.done')],
          rows: [...p.byOfficer, ...p.director.map((d) => ({ ...d, officer: t('due.plan.director', { name: d.officer }) }))].map((x) => [
            x.officer,
            x.planned,
            x.done,
          ]),
        },
        { head: [t('due.plan.area'), t('due.plan.planned'), t('due.plan.done')], rows: p.byArea.map((x) => [x.area, x.planned, x.done]) },
      ],
    });
  return {
    title: t('rep.monthly.title', { estate: m.estate }),
    subtitle: t('rep.monthly.subtitle', { month: m.month, at: minute(m.generatedAt) }), // issue 18.3: a time as the clerk reads it
    ...paper(t, m.estate, m.month),
    sections,
    ...(m.audit ? { foot: t('rep.auditFoot', { rows: m.audit.rows.toLocaleString('en-US'), head: m.audit.head }) } : {}),
  };
}

/** What a printed report carries (issue 22): the estate and month and the page number on every page, signature lines. */
export function paper(t: T, estate: string, month: string): Pick<Doc, 'running' | 'pageLabel' | 'signatures'> {
  return {
    running: t('rep.running', { estate, month }),
    pageLabel: t('rep.page'),
    signatures: [t('rep.preparedBy'), t('rep.checkedBy')],
  };
}

/** R-805 `report archive`: per record type what the quarter produced, the hand-over deadline, the two-year mark. */
export function archiveText(a: ArchiveList, t: T): string {
  const typeName = (x: string) => (t(`type.${x}`).startsWith('type.') ? x : t(`type.${x}`));
  const rows = (xs: typeof a.produced) => xs.map((x) => [typeName(x.type), x.count, x.voided, x.first ?? '', x.last ?? '']);
  const head = [
    { head: t('rep.archive.type') },
    { head: t('rep.count') },
    { head: t('rep.archive.voided') },
    { head: t('rep.archive.first') },
    { head: t('rep.archive.last') },
  ];
  const due = a.handedOver
    ? t('rep.archive.handed', { at: a.handedOver.at.slice(0, 16).replace('T', ' '), file: a.handedOver.file })
    : t(a.overdue ? 'rep.archive.overdue' : 'rep.archive.due', { due: a.dueAt.slice(0, 16).replace('T', ' ') });
  return [
    t('rep.archive.title', { quarter: a.quarter, from: a.from, to: a.to }),
    due,
    a.produced.length ? table(head, rows(a.produced)) : t('rep.archive.none'),
    t('rep.archive.retention', { quarter: a.retention.quarter, on: a.retention.passesOn }),
    a.retention.types.length ? table(head, rows(a.retention.types)) : t('rep.archive.none'),
  ].join('\n');
}
