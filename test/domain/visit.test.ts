// Reception rules, pure (R-600, R-601, §0b).
import { describe, expect, it } from 'vitest';
import { CATEGORIES, createsRecord, VISIT_MACHINE } from '../../src/workflows/visit/rules.js';
import { canMove } from '../../src/core/states.js';

describe('R-600 reception-log categories', () => {
  it('are the seven of the spec', () => {
    expect([...CATEGORIES]).toEqual(['after-sales', 'repair', 'complaint', 'service', 'praise', 'suggestion', 'other']);
  });
  it('repair and complaint entries create those records (suggestions and praise a JY record)', () => {
    expect(createsRecord('repair')).toBe('repair');
    expect(createsRecord('complaint')).toBe('complaint');
    expect(createsRecord('suggestion')).toBe('suggestion');
    expect(createsRecord('praise')).toBe('praise');
    for (const c of ['after-sales', 'service', 'other']) expect(createsRecord(c)).toBeNull();
  });
});

describe('§0b visit states', () => {
  it('a visitor goes in → out; a log entry open → closed; never across', () => {
    expect(canMove(VISIT_MACHINE, 'in', 'out')).toBe(true);
    expect(canMove(VISIT_MACHINE, 'open', 'closed')).toBe(true);
    expect(canMove(VISIT_MACHINE, 'in', 'closed')).toBe(false);
    expect(canMove(VISIT_MACHINE, 'open', 'out')).toBe(false);
    expect(canMove(VISIT_MACHINE, 'out', 'in')).toBe(false);
  });
});
