// Patrol planning rules (R-1100, R-1101), pure.
import { describe, expect, it } from 'vitest';
import { halfAt, parseChecks, spread } from '../../src/workflows/patrol/rules.js';

describe('R-1100: units spread over the working days', () => {
  const days = Array.from({ length: 21 }, (_, i) => `d${i + 1}`);
  it('12 units over 21 days: evenly, in order, never two on a day', () => {
    const s = spread(12, days);
    expect(s).toEqual(['d1', 'd2', 'd4', 'd6', 'd8', 'd9', 'd11', 'd13', 'd15', 'd16', 'd18', 'd20']);
    expect(new Set(s).size).toBe(12);
  });
  it('more units than days: no day takes more than ⌈n/D⌉', () => {
    const s = spread(50, days);
    const per = new Map<string, number>();
    for (const d of s) per.set(d, (per.get(d) ?? 0) + 1);
    expect(Math.max(...per.values())).toBeLessThanOrEqual(3);
    expect(per.size).toBe(21);
  });
  it('no days: nothing planned', () => expect(spread(3, [])).toEqual([]));
});

describe('R-1101: which round a check belongs to', () => {
  it('the morning round until its due time, then the afternoon one', () => {
    expect(halfAt('11:59', '12:00')).toBe('am');
    expect(halfAt('12:00', '12:00')).toBe('pm');
  });
});

describe('R-1100: the checks are closed values', () => {
  it('parses a comma list (Chinese comma too), names the bad one', () => {
    expect(parseChecks('no-leak，clean,no-leak')).toEqual({ checks: ['no-leak', 'clean'], bad: null });
    expect(parseChecks('clean,roof').bad).toBe('roof');
    expect(parseChecks(' , ').bad).toBe(' , ');
  });
});
