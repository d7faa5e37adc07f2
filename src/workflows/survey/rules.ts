// Owners' satisfaction surveys 业主意见调查 (§12, seed 000 第11–12條). Pure: the nine
// areas and their Chinese names, the scores of a return, satisfaction, common complaints.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

/** R-1200: the nine areas (seed 000 第11條 lists eight, 供电…服务态度; the spec adds overall management). */
export const AREAS = ['power', 'water', 'fire-security', 'cleaning', 'landscaping', 'public-facilities', 'repair', 'attitude', 'overall'] as const;
export type Area = (typeof AREAS)[number];

/** Chinese names accepted in --scores (the seed's words, with and without 管理). */
const ZH: Record<string, Area> = {
  供电: 'power',
  供电管理: 'power',
  供水: 'water',
  供水管理: 'water',
  消防治安: 'fire-security',
  消防治安管理: 'fire-security',
  消防: 'fire-security',
  治安: 'fire-security',
  卫生: 'cleaning',
  卫生管理: 'cleaning',
  清洁: 'cleaning',
  绿化: 'landscaping',
  绿化管理: 'landscaping',
  公共设施: 'public-facilities',
  公共设施管理: 'public-facilities',
  维修: 'repair',
  维修服务: 'repair',
  服务态度: 'attitude',
  态度: 'attitude',
  总体: 'overall',
  整体: 'overall',
  总体管理: 'overall',
  物业管理: 'overall',
  综合: 'overall',
};

export function areaOf(name: string): Area | null {
  const n = name.trim();
  if ((AREAS as readonly string[]).includes(n.toLowerCase())) return n.toLowerCase() as Area;
  return ZH[n] ?? null;
}

/** `--scores area=1..5,…`: each area once, a whole score 1–5; the first problem named. */
export function parseScores(raw: string): {
  scores: Partial<Record<Area, number>>;
  problem: null | { kind: 'area' | 'score' | 'twice' | 'form'; item: string };
} {
  const scores: Partial<Record<Area, number>> = {};
  const items = raw
    .split(/[,，;；]/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (!items.length) return { scores, problem: { kind: 'form', item: raw } };
  for (const item of items) {
    const m = /^(.+?)\s*[=＝:：]\s*(.+)$/.exec(item);
    if (!m) return { scores, problem: { kind: 'form', item } };
    const area = areaOf(m[1]);
    if (!area) return { scores, problem: { kind: 'area', item: m[1] } };
    if (!/^[1-5]$/.test(m[2].trim())) return { scores, problem: { kind: 'score', item } };
    if (scores[area] !== undefined) return { scores, problem: { kind: 'twice', item: m[1] } };
    scores[area] = Number(m[2].trim());
  }
  return { scores, problem: null };
}

/** The message of each problem of --scores. */
export const SCORE_PROBLEM = { area: 'err.surveyArea', score: 'err.surveyScore', twice: 'err.surveyTwice', form: 'err.surveyScores' } as const;

/** R-1200: a score of 4 or 5 counts as satisfied. */
export const satisfied = (score: number): boolean => score >= 4;

/** A return's rate over its scores: satisfied / answered, per area and over every area. */
export function satisfaction(returns: ReadonlyArray<Partial<Record<Area, number>>>): {
  overall: { num: number; den: number };
  byArea: Record<Area, { num: number; den: number; mean: number | null }>;
} {
  const byArea = Object.fromEntries(AREAS.map((a) => [a, { num: 0, den: 0, mean: null as number | null }])) as Record<
    Area,
    { num: number; den: number; mean: number | null }
  >;
  const sum: Record<string, number> = {};
  let num = 0;
  let den = 0;
  for (const r of returns)
    for (const a of AREAS) {
      const v = r[a];
      if (v === undefined) continue;
      byArea[a].den++;
      sum[a] = (sum[a] ?? 0) + v;
      den++;
      if (satisfied(v)) {
        byArea[a].num++;
        num++;
      }
    }
  for (const a of AREAS) byArea[a].mean = byArea[a].den ? Math.round((sum[a] / byArea[a].den) * 100) / 100 : null;
  return { overall: { num, den }, byArea };
}

/** The same as `satisfaction` from per-area sums (answered, satisfied, sum of scores). */
export function satisfactionOfSums(areas: ReadonlyArray<{ area: string; den: number; num: number; sum: number }>): ReturnType<typeof satisfaction> {
  const out = satisfaction([]);
  for (const x of areas) {
    const a = x.area as Area;
    if (!out.byArea[a] || !x.den) continue;
    out.byArea[a] = { num: x.num, den: x.den, mean: Math.round((x.sum / x.den) * 100) / 100 };
    out.overall.num += x.num;
    out.overall.den += x.den;
  }
  return out;
}

/** Words too common in comments to say anything (dropped before counting). */
const STOP = new Set([
  '我们',
  '你们',
  '他们',
  '希望',
  '可以',
  '没有',
  '比较',
  '非常',
  '有点',
  '还是',
  '一些',
  '经常',
  '总是',
  '问题',
  '物业',
  '小区',
  '但是',
  '而且',
  '就是',
  '一直',
  '需要',
  '时候',
  '什么',
  '这个',
  '那个',
  'the',
  'and',
  'is',
  'are',
  'too',
  'not',
]);

/**
 * R-1200 "common complaints" (seed 000 第12條 共性的意见): the most frequent words of the
 * comments — each comment split into words by the ICU word segmenter (Intl.Segmenter,
 * which knows Chinese words), words of two characters or more, common words dropped,
 * each word counted once per comment; the `top` most frequent, ties by first seen.
 */
export function commonWords(comments: readonly string[], top = 10): Array<{ word: string; comments: number }> {
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  const count = new Map<string, number>();
  for (const c of comments) {
    const seen = new Set<string>();
    for (const s of seg.segment(c)) {
      const w = s.segment.toLowerCase();
      if (!s.isWordLike || [...w].length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
      seen.add(w);
    }
    for (const w of seen) count.set(w, (count.get(w) ?? 0) + 1);
  }
  return [...count.entries()]
    .map(([word, n]) => ({ word, comments: n }))
    .sort((a, b) => b.comments - a.comments)
    .slice(0, top);
}

/**
 * A survey DC: `open` (returns being entered) → `survey close`: the results are final, the
 * follow-ups scheduled and every area under its target an action item with an owner
 * and a deadline → `actions-open` until the last action is done (`survey act`) → `closed`
 * (straight to `closed` when no area is under its target).
 */
export const SURVEY_MACHINE: Machine = {
  type: 'survey',
  next: { open: ['actions-open', 'closed'], 'actions-open': ['closed'] },
  verbs: { 'actions-open': 'survey close', closed: 'survey close | survey act' },
};

/** R-1200: the areas whose satisfaction is under their target (areas nobody answered are not). */
export function underTarget(
  byArea: Record<Area, { num: number; den: number }>,
  targets: Partial<Record<string, number>>,
): Array<{ area: Area; rate: number; target: number }> {
  const out: Array<{ area: Area; rate: number; target: number }> = [];
  for (const a of AREAS) {
    const t = targets[a];
    const { num, den } = byArea[a];
    if (t === undefined || !den) continue;
    const rate = num / den;
    if (rate < t) out.push({ area: a, rate: Math.round(rate * 10000) / 10000, target: t });
  }
  return out;
}

export const INFO: KindInfo = { group: 'survey', types: ['survey'], final: ['closed', 'voided'], gist: ['title', 'year', 'returns'] };
