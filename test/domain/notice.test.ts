// Notices' pure rules (R-1000, R-1001): the audience as typed, the 21:00 rule, the
// completion rate against its target, who is called first.
import { describe, expect, it } from 'vitest';
import { audienceText, callAllowed, completion, parseAudience, pendingOrder } from '../../src/workflows/notice/rules.js';

describe('notice rules', () => {
  it('R-1000: the audience is the estate, buildings or units (Chinese words accepted); anything else is null', () => {
    expect(parseAudience('estate')).toEqual({ scope: 'estate' });
    expect(parseAudience('全小区')).toEqual({ scope: 'estate' });
    expect(parseAudience('building:A,B')).toEqual({ scope: 'building', list: ['A', 'B'] });
    expect(parseAudience('楼栋：A，A')).toEqual({ scope: 'building', list: ['A'] });
    expect(parseAudience('units:A-1-101, B-2-1203')).toEqual({ scope: 'units', list: ['A-1-101', 'B-2-1203'] });
    for (const bad of ['', 'everyone', 'building:', 'units:A 1', 'units:A;B', 'floor:3']) expect(parseAudience(bad), bad).toBeNull();
    expect(audienceText(parseAudience('房号:A-1-101')!)).toBe('units:A-1-101');
  });
  it('R-1001: calls before 21:00; urgent notices may go later (seed 001 §四 二)7)', () => {
    expect(callAllowed('20:59', '21:00', false)).toBe(true);
    expect(callAllowed('21:00', '21:00', false)).toBe(false);
    expect(callAllowed('23:10', '21:00', true)).toBe(true);
  });
  it('R-1001: completion = reached / audience, met at the target (95 %)', () => {
    expect(completion(19, 20, 0.95)).toEqual({ rate: 0.95, met: true });
    expect(completion(18, 20, 0.95)).toEqual({ rate: 0.9, met: false });
    expect(completion(0, 0, 0.95)).toEqual({ rate: null, met: null });
  });
  it('R-1001: still to reach, soonest first: never called, no answer (oldest first), dead numbers last', () => {
    const rows = [
      { resident_id: 1, unit: 'A', outcome: 'dead-number', last_at: '2026-09-30T10:00:00+08:00' },
      { resident_id: 2, unit: 'B', outcome: 'no-answer', last_at: '2026-09-30T11:00:00+08:00' },
      { resident_id: 3, unit: 'C', outcome: null, last_at: null },
      { resident_id: 4, unit: 'A', outcome: 'no-answer', last_at: '2026-09-30T09:00:00+08:00' },
    ];
    expect(pendingOrder(rows).map((r) => r.resident_id)).toEqual([3, 4, 2, 1]);
  });
});
