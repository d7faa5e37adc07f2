// Owners' satisfaction surveys 业主意见调查 (§12, seed 000 第11–12條): at least one a
// year (R-1200); each return scores the nine areas 1–5 with a comment, one per unit;
// the report gives returns and response rate, overall and per-area satisfaction (4–5
// satisfied), common complaints; closing the survey makes every area under its target an
// action item with an owner and a deadline, and schedules its follow-ups.
import fs from 'node:fs';
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { text } from '../../core/input.js';
import { localDate } from '../../core/time.js';
import { addEvent, closeDeadline, createRecord, loadRecord, move, openDeadline } from '../../core/loop.js';
import { getRecordById, lastEventData, listDeadlines, type RecordRow } from '../../core/store/records.js';
import type { Kind } from '../../core/kind.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import { rate, pct, type Doc } from '../../formats/doc.js';
import { recordJson } from '../../records/usecases.js';
import { requireUnit } from '../registry/api.js';
import { sampled, scheduleFollowup } from '../followup/api.js';
import {
  AREAS,
  areaOf,
  commonWords,
  INFO,
  parseScores,
  satisfaction,
  satisfactionOfSums,
  SCORE_PROBLEM,
  SURVEY_MACHINE,
  underTarget,
  type Area,
} from './rules.js';
import * as store from './store.js';

/** `survey new --title T [--year YYYY]` (R-1200). */
export function newSurvey(io: Io, o: { title?: string; year?: string }) {
  return write(io, (s) => {
    const title = text(o.title, 'title', 100);
    const year = o.year === undefined ? Number(localDate(s.at, s.tz).slice(0, 4)) : Number(o.year);
    if (!/^\d{4}$/.test(String(o.year ?? year)) || year < 2000 || year > 2100) refuse('E_VALUE', 'err.surveyYear', { value: o.year });
    const r = createRecord(s, { type: 'survey', prefix: PREFIXES.survey, status: 'open', unitId: null, data: { title, year } });
    store.insertSurvey(s.db, { record_id: r.id, title, year, closed_at: null });
    return view(s, r);
  });
}

/** `survey return <no> --unit U --scores area=1..5,… [--comment T]`: one return per unit (R-1200). */
export function addReturn(io: Io, no: string, o: { unit?: string; scores?: string; comment?: string }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['survey'], 'survey');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    if (r.status !== 'open') refuse('E_STATE', 'err.surveyClosed', { no: r.no });
    const unit = requireUnit(s, o.unit ?? '');
    const p = parseScores(o.scores ?? '');
    if (p.problem) {
      refuse('E_VALUE', SCORE_PROBLEM[p.problem.kind], { item: p.problem.item, areas: AREAS.join(' ') });
    }
    if (store.hasReturn(s.db, r.id, unit.id)) refuse('E_EXISTS', 'err.surveyReturned', { no: r.no, unit: unit.code });
    const comment = o.comment === undefined || !o.comment.trim() ? null : text(o.comment, 'comment', 1000);
    store.insertReturn(s.db, { surveyId: r.id, unitId: unit.id, at: s.at, clerk: s.io.clerk, scores: JSON.stringify(p.scores), comment });
    addEvent(s, r, 'return', { unit: unit.code });
    return { ...view(s, r), returns: store.returnCount(s.db, r.id), returned: { unit: unit.code, scores: p.scores, comment } };
  });
}

interface Action {
  area: Area;
  rate: number;
  target: number;
  owner: string;
}

/**
 * `survey close <no>`: the results are final. Every area under its target becomes an action
 * item (owner from the profile, deadline R-1200.action, seed 000 第12條 限期解决) that
 * `report due` tracks; the follow-ups of the returns are sampled at `coverage.survey`
 * in R-801 order and due within a month.
 */
export function closeSurvey(io: Io, no: string) {
  return write(io, (s) => {
    const r = loadRecord(s, no, ['survey'], 'survey');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    if (r.status !== 'open') refuse('E_STATE', 'err.surveyClosed', { no: r.no });
    const returns = store.returnsOf(s.db, r.id);
    if (!returns.length) refuse('E_STATE', 'err.surveyEmpty', { no: r.no });
    const res = satisfaction(returns.map((x) => JSON.parse(x.scores) as Partial<Record<Area, number>>));
    const owners = s.profile.survey?.owners ?? {};
    const actions: Action[] = underTarget(res.byArea, s.profile.survey?.targets ?? {}).map((u) => ({
      ...u,
      owner: owners[u.area] ?? s.io.t('survey.ownerNone'),
    }));
    for (const a of actions) openDeadline(s, r, `action-${a.area}`, 'R-1200.action', s.at);
    store.closeSurvey(s.db, r.id, s.at);
    const moved = move(s, r, SURVEY_MACHINE, actions.length ? 'actions-open' : 'closed', 'close', { actions });
    // 30–60 % of the households that answered are followed up within a month.
    const cover = Number(s.profile.coverage.survey ?? 0.3);
    const followups: string[] = [];
    returns.forEach((x, i) => {
      if (sampled(i + 1, cover))
        followups.push(scheduleFollowup(s, moved, { ruleKey: 'R-804.survey', from: s.at, reason: 'survey', unitId: x.unit_id }).no);
    });
    return { ...view(s, moved), actions, followups };
  });
}

/** `survey act <no> --area A --note T`: an action item done; the survey closes with its last one. */
export function act(io: Io, no: string, o: { area?: string; note?: string }) {
  return write(io, (s) => {
    let r = loadRecord(s, no, ['survey'], 'survey');
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    const area = areaOf(o.area ?? '');
    if (!area) refuse('E_VALUE', 'err.surveyArea', { item: o.area ?? '', areas: AREAS.join(' ') });
    const note = text(o.note, 'note');
    const open = listDeadlines(s.db, r.id).filter((d) => d.step.startsWith('action-') && !d.done_at && !d.cancelled);
    if (!open.some((d) => d.step === `action-${area}`))
      refuse('E_STATE', 'err.surveyNoAction', { no: r.no, area, open: open.map((d) => d.step.slice(7)).join(' ') || '-' });
    closeDeadline(s, r, `action-${area}`);
    if (open.length === 1) r = move(s, r, SURVEY_MACHINE, 'closed', 'action', { area, note });
    else addEvent(s, r, 'action', { area, note });
    return view(s, r);
  });
}

/** The results of a survey (`survey report`, the record's JSON). */
function results(s: Session, r: RecordRow) {
  const returns = store.returnsOf(s.db, r.id);
  const res = satisfaction(returns.map((x) => JSON.parse(x.scores) as Partial<Record<Area, number>>));
  return {
    ...tally(s, r, returns.length, res),
    complaints: {
      method: 'Intl.Segmenter words, 2+ characters, common words dropped, counted once per comment, top 10',
      comments: returns.filter((x) => x.comment).length,
      words: commonWords(returns.map((x) => x.comment ?? '').filter(Boolean)),
    },
  };
}

/** The numbers of the results: returns, response rate, satisfaction overall and per area, the action items. */
function tally(s: Session, r: RecordRow, returnCount: number, res: ReturnType<typeof satisfaction>) {
  const sv = store.getSurvey(s.db, r.id)!;
  const households = store.households(s.db);
  const targets = s.profile.survey?.targets ?? {};
  const owners = s.profile.survey?.owners ?? {};
  const closed = (lastEventData(s.db, r.id, 'close')?.actions as Action[] | undefined) ?? null;
  const deadlines = listDeadlines(s.db, r.id);
  // Before the close the actions are what the results would make; after it, what was made.
  const actions = (closed ?? underTarget(res.byArea, targets).map((u) => ({ ...u, owner: owners[u.area] ?? s.io.t('survey.ownerNone') }))).map(
    (a) => {
      const d = deadlines.find((x) => x.step === `action-${a.area}`);
      return { ...a, dueAt: d?.due_at ?? null, doneAt: d?.done_at ?? null, overdue: !!d && !d.done_at && d.due_at < s.now };
    },
  );
  return {
    no: r.no,
    title: sv.title,
    year: sv.year,
    status: r.status,
    closedAt: sv.closed_at,
    returns: returnCount,
    households,
    responseRate: rate(returnCount, households),
    satisfiedMeans: '4-5',
    overall: rate(res.overall.num, res.overall.den),
    byArea: AREAS.map((a) => ({
      area: a,
      satisfied: res.byArea[a].num,
      answered: res.byArea[a].den,
      rate: rate(res.byArea[a].num, res.byArea[a].den).value,
      mean: res.byArea[a].mean,
      target: targets[a] ?? null,
      under: actions.some((x) => x.area === a),
    })),
    actions,
  };
}

export type SurveyResults = ReturnType<typeof results>;

/** The results as a document (table, CSV, HTML, PDF), every number with how it is counted. */
export function surveyDoc(d: SurveyResults, t: Io['t']): Doc {
  const area = (a: string) => t(`surveyArea.${a}`);
  return {
    title: t('survey.report.title', { no: d.no, title: d.title }),
    subtitle: t('survey.report.subtitle', { year: d.year, status: d.status }),
    sections: [
      {
        id: 'returns',
        title: t('survey.report.returns'),
        lines: [
          t('survey.report.response', { num: d.responseRate.num, den: d.responseRate.den, pct: pct(d.responseRate) }),
          t('survey.report.overall', { num: d.overall.num, den: d.overall.den, pct: pct(d.overall) }),
          t('survey.report.satisfiedMeans'),
        ],
        tables: [],
      },
      {
        id: 'areas',
        title: t('survey.report.areas'),
        tables: [
          {
            head: [
              t('survey.col.area'),
              t('survey.col.satisfied'),
              t('survey.col.answered'),
              t('survey.col.rate'),
              t('survey.col.mean'),
              t('survey.col.target'),
            ],
            rows: d.byArea.map((a) => [
              `${area(a.area)}${a.under ? ' ▼' : ''}`,
              a.satisfied,
              a.answered,
              a.rate === null ? '–' : `${(a.rate * 100).toFixed(1)}%`,
              a.mean ?? '–',
              a.target === null ? '–' : `${Math.round(a.target * 100)}%`,
            ]),
          },
        ],
      },
      {
        id: 'complaints',
        title: t('survey.report.complaints'),
        lines: [t('survey.report.complaintsHow', { n: d.complaints.comments })],
        tables: [{ head: [t('survey.col.word'), t('survey.col.comments')], rows: d.complaints.words.map((w) => [w.word, w.comments]) }],
      },
      {
        id: 'actions',
        title: t('survey.report.actions'),
        lines: d.actions.length ? [] : [t('survey.report.noActions')],
        tables: [
          {
            head: [t('survey.col.area'), t('survey.col.rate'), t('survey.col.target'), t('survey.col.owner'), t('col.due')],
            rows: d.actions.map((a) => [
              area(a.area),
              `${(a.rate * 100).toFixed(1)}%`,
              `${Math.round(a.target * 100)}%`,
              a.owner,
              a.doneAt ? t('survey.done', { at: a.doneAt.slice(0, 10) }) : a.dueAt ? a.dueAt.slice(0, 16).replace('T', ' ') : t('survey.onClose'),
            ]),
          },
        ],
      },
    ],
  };
}

export const FORMATS = ['table', 'json', 'csv', 'html', 'pdf'] as const;

/** `survey report <no> [--format table|json|csv|html|pdf] [--out F]` (R-1200). */
export async function report(io: Io, no: string, o: { format?: string; out?: string; bom?: boolean }) {
  const format = o.format ?? (io.json ? 'json' : 'table');
  if (!(FORMATS as readonly string[]).includes(format)) refuse('E_USAGE', 'err.format', { value: format, choices: FORMATS.join(' ') });
  if (format === 'pdf' && !o.out) refuse('E_USAGE', 'err.pdfOut');
  if (o.out && fs.existsSync(o.out)) refuse('E_FILE', 'err.outExists', { file: o.out });
  const data = read(io, (s) => {
    const r = loadRecord(s, no, ['survey'], 'survey');
    return results(s, r);
  });
  const r = await import('../../formats/render.js');
  let body: string | Buffer;
  if (format === 'json') body = `${JSON.stringify(data, null, 2)}\n`;
  else if (format === 'table') body = r.docToText(surveyDoc(data, io.t));
  else if (format === 'csv') body = r.docToCsv(surveyDoc(data, io.t), !!o.bom);
  else if (format === 'html') body = r.docToHtml(surveyDoc(data, io.t), io.lang);
  else body = await (await import('../../formats/pdf.js')).docToPdf(surveyDoc(data, io.t), io);
  if (o.out) {
    fs.writeFileSync(o.out, body, { mode: 0o600, flag: 'wx' });
    return { data, format, out: o.out, text: undefined };
  }
  return { data, format, out: null, text: body.toString() };
}

/** R-1200: how many surveys this year (`doctor`, `report due`). */
export function surveysThisYear(s: Session): { year: number; surveys: number } {
  const year = Number(localDate(s.now, s.tz).slice(0, 4));
  return { year, surveys: store.surveysIn(s.db, year) };
}

function view(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

function detail(s: Session, r: RecordRow) {
  const sv = store.getSurvey(s.db, r.id);
  if (!sv) return {};
  // The record's JSON (after every `survey return` too): the sums from SQL, no comment words (R-1200).
  const sums = store.scoreSums(s.db, r.id);
  const d = tally(s, r, sums.returns, satisfactionOfSums(sums.areas));
  return {
    title: sv.title,
    year: sv.year,
    closedAt: sv.closed_at,
    returns: d.returns,
    responseRate: d.responseRate.value,
    satisfaction: d.overall.value,
    actions: d.actions.map((a) => ({ area: a.area, owner: a.owner, dueAt: a.dueAt, doneAt: a.doneAt })),
  };
}

export const kind: Kind = {
  ...INFO,
  detail: (s, r) => detail(s, r),
  monthlySection: (s, from, to) => store.surveyMonth(s.db, from, to),
  // `survey print <no>`: the results as a one-page form for the centre's director (seed 000 第12條: 书面报告).
  print: (s, r) => {
    const d = results(s, r);
    return [{ template: 'survey-report', title: s.io.t('survey.form.title'), data: { ...d, surveyTitle: d.title, pct } }];
  },
  exportColumns: {
    header: ['csv.survey.title', 'csv.survey.year', 'csv.survey.returns', 'csv.survey.response', 'csv.survey.satisfaction', 'csv.survey.closed'],
    row: (s, r) => {
      const d = detail(s, r) as Partial<ReturnType<typeof detail>> & { returns?: number };
      return [d.title, d.year, d.returns, d.responseRate, d.satisfaction, d.closedAt];
    },
  },
};
