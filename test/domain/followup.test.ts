// Follow-up rules, pure.
import { describe, expect, it } from 'vitest';
import { METHODS, SATISFACTION, sampled } from '../../src/workflows/followup/rules.js';

const picks = (rate: number, n: number) => Array.from({ length: n }, (_, i) => i + 1).filter((k) => sampled(k, rate));

describe('R-801 deterministic, evenly spread sample', () => {
  it('at 30 % picks the 1st, 4th, 7th, 11th, 14th, 17th, 21st… (the spec example)', () => {
    expect(picks(0.3, 21)).toEqual([1, 4, 7, 11, 14, 17, 21]);
  });
  it('at 50 % picks every other record, starting with the first', () => {
    expect(picks(0.5, 8)).toEqual([1, 3, 5, 7]);
  });
  it('coverage never drops below the rate, at any point of the month', () => {
    for (const rate of [0.1, 0.25, 0.3, 0.33, 0.5, 0.7, 0.95]) {
      let n = 0;
      for (let k = 1; k <= 500; k++) {
        if (sampled(k, rate)) n++;
        expect(n / k).toBeGreaterThanOrEqual(rate - 1e-9);
        expect(n).toBe(Math.ceil(k * rate - 1e-9)); // exactly ceil(k·r) picked after k records: no more than needed
      }
    }
  });
  it('100 % picks every record, 0 % none', () => {
    expect(picks(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(picks(0, 5)).toEqual([]);
  });
  it('0.3 is exact (no floating-point drift at k = 10: 3 → 3 is not a pick)', () => {
    expect(sampled(10, 0.3)).toBe(false);
    expect(sampled(11, 0.3)).toBe(true);
  });
  it('refuses a k that is not a positive integer', () => {
    expect(() => sampled(0, 0.3)).toThrow();
    expect(() => sampled(1.5, 0.3)).toThrow();
  });
});

describe('R-800 what a follow-up records', () => {
  it('method phone or visit; satisfied, basically satisfied or unsatisfied', () => {
    expect([...METHODS]).toEqual(['phone', 'visit']);
    expect([...SATISFACTION]).toEqual(['satisfied', 'basic', 'unsatisfied']);
  });
});
