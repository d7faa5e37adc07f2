// Survey rules (R-1200), pure: the nine areas with their Chinese names, scores, satisfaction, common complaints.
import { describe, expect, it } from 'vitest';
import { areaOf, commonWords, parseScores, satisfaction, satisfactionOfSums, underTarget } from '../../src/workflows/survey/rules.js';

describe('R-1200: --scores over the nine areas', () => {
  it('English and Chinese area names, full-width separators', () => {
    expect(parseScores('供电=5，water＝4,消防治安管理:3,总体=1')).toEqual({
      scores: { power: 5, water: 4, 'fire-security': 3, overall: 1 },
      problem: null,
    });
    expect(areaOf('维修服务')).toBe('repair');
    expect(areaOf('屋顶')).toBeNull();
  });
  it('names the first problem: unknown area, a score outside 1–5, an area twice, not area=score', () => {
    expect(parseScores('roof=3').problem).toEqual({ kind: 'area', item: 'roof' });
    expect(parseScores('power=6').problem).toEqual({ kind: 'score', item: 'power=6' });
    expect(parseScores('power=4.5').problem?.kind).toBe('score');
    expect(parseScores('power=4,供电=5').problem).toEqual({ kind: 'twice', item: '供电' });
    expect(parseScores('power').problem?.kind).toBe('form');
    expect(parseScores('').problem?.kind).toBe('form');
  });
});

describe('R-1200: satisfaction (4–5 satisfied) and areas under target', () => {
  const res = satisfaction([{ power: 5, cleaning: 3 }, { power: 4, cleaning: 4 }, { power: 3 }]);
  it('per area and over every score given; blank areas not counted', () => {
    expect(res.overall).toEqual({ num: 3, den: 5 });
    expect(res.byArea.power).toEqual({ num: 2, den: 3, mean: 4 });
    expect(res.byArea.water).toEqual({ num: 0, den: 0, mean: null });
  });
  it('the same from per-area sums (the SQL of the record JSON) as from the returns', () => {
    const sums = [
      { area: 'power', den: 3, num: 2, sum: 12 },
      { area: 'cleaning', den: 2, num: 1, sum: 7 },
    ];
    expect(satisfactionOfSums(sums)).toEqual(res);
  });
  it('under target: only answered areas, strictly below', () => {
    expect(underTarget(res.byArea, { power: 0.9, cleaning: 0.5, water: 0.9 })).toEqual([{ area: 'power', rate: 0.6667, target: 0.9 }]);
  });
});

describe('R-1200: common complaints are the most frequent words of the comments', () => {
  it('words of two characters or more, each counted once per comment, common words dropped', () => {
    const w = commonWords(['电梯经常坏，电梯太慢', '希望电梯快修', '绿化不错']);
    expect(w[0]).toEqual({ word: '电梯', comments: 2 });
    expect(w.map((x) => x.word)).not.toContain('希望');
    expect(w.map((x) => x.word)).not.toContain('坏');
  });
});
