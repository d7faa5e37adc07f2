// R-803 pure rules: quarters, the even spread over working days, the director's visits; the 楼长会 action items.
import { describe, expect, it } from 'vitest';
import { addQuarters, nextQuarter, quarterOf, quarterRange } from '../../src/core/quarter.js';
import { directorDays, spreadOver } from '../../src/workflows/followup/rules.js';
import { parseAction } from '../../src/workflows/meeting/rules.js';
import { archiveDue } from '../../src/report/archive.js';

describe('quarters (R-803, R-805)', () => {
  it('ranges, the quarter of a date, next and earlier quarters; malformed ones are null', () => {
    expect(quarterRange('2026Q4')).toEqual({ year: 2026, n: 4, first: '2026-10-01', last: '2026-12-31' });
    expect(quarterRange('2026q1')).toMatchObject({ first: '2026-01-01', last: '2026-03-31' });
    expect(quarterRange('2026Q5')).toBeNull();
    expect(quarterOf('2026-09-30')).toBe('2026Q3');
    expect(nextQuarter('2026Q4')).toBe('2027Q1');
    expect(addQuarters('2026Q3', -8)).toBe('2024Q3');
  });
  it('R-805: the hand-over is due the end of the 10th of the quarter after', () => {
    expect(archiveDue('2026Q4', 'Asia/Shanghai')).toBe('2027-01-10T23:59:59+08:00');
  });
});

describe('R-803 spread and the director', () => {
  const days = Array.from({ length: 10 }, (_, i) => `2026-10-${String(i + 10).padStart(2, '0')}`);
  it('n items over D days: item i on day ⌊i·D/n⌋, never more than ⌈n/D⌉ a day', () => {
    expect(spreadOver(3, days)).toEqual(['2026-10-10', '2026-10-13', '2026-10-16']);
    const many = spreadOver(25, days);
    const perDay = new Map<string, number>();
    for (const d of many) perDay.set(d, (perDay.get(d) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBe(3);
    expect(spreadOver(0, days)).toEqual([]);
  });
  it('the director: one visit in the middle of the year, two in the middle of each half', () => {
    const year = Array.from({ length: 100 }, (_, i) => `d${String(i).padStart(3, '0')}`);
    expect(directorDays(1, year)).toEqual(['d050']);
    expect(directorDays(2, year)).toEqual(['d025', 'd075']);
  });
});

describe('meeting action items "text;owner;date" (R-803)', () => {
  it('three parts (full-width ； too); a missing owner is named', () => {
    expect(parseAction('修复门禁;工程部;2026-10-30')).toEqual({ action: { text: '修复门禁', owner: '工程部', due: '2026-10-30' } });
    expect(parseAction('修复门禁；工程部；2026-10-30')).toMatchObject({ action: { owner: '工程部' } });
    expect(parseAction('修复门禁;;2026-10-30')).toEqual({ bad: 'owner' });
    expect(parseAction('修复门禁;2026-10-30')).toEqual({ bad: 'owner' });
    expect(parseAction('修复门禁;工程部')).toEqual({ bad: 'date' });
    expect(parseAction(';工程部;2026-10-30')).toEqual({ bad: 'text' });
  });
});
