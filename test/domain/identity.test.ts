// R-004 identity checks and masking; R-000 numbers; R-003 money.
import { describe, expect, it } from 'vitest';
import { idNumberProblem, isCreditCode, mask, maskPhone, normalizePhone } from '../../src/core/identity.js';
import { formatNo, parseNo } from '../../src/core/numbers.js';
import { formatFen, parseYuan } from '../../src/core/money.js';
import { Refusal } from '../../src/core/errors.js';

describe('R-004 GB 11643 ID numbers', () => {
  it('accepts a number whose check character matches', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('11010519491231002x')).toBeNull();
  });
  it('names what is wrong', () => {
    expect(idNumberProblem('110105194912310021')).toBe('id.check');
    expect(idNumberProblem('11010519491331002X')).toBe('id.birth');
    expect(idNumberProblem('1101051949123100')).toBe('id.format');
  });
  it('checks unified social credit codes (GB 32100)', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
    expect(isCreditCode('91350100M000100Y44')).toBe(false);
  });
});

describe('R-004 phones', () => {
  it('accepts mainland mobiles and landlines', () => {
    expect(normalizePhone('138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('+86 13812345678')).toBe('13812345678');
    expect(normalizePhone('021-62345678')).toBe('021-62345678');
  });
  it('refuses anything else', () => {
    expect(() => normalizePhone('12345678901')).toThrow(Refusal);
    expect(() => normalizePhone('abc')).toThrow(Refusal);
  });
});

describe('R-004 masking', () => {
  it('masks ID numbers and phones as the contract shows', () => {
    expect(mask('110105194912311234')).toBe('110105********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('021-62345678')).toBe('021-****5678');
  });
});

describe('R-000 record numbers', () => {
  it('pads to four digits and widens past 9999', () => {
    expect(formatNo('TS', 2026, 42)).toBe('TS-2026-0042');
    expect(formatNo('BX', 2026, 10000)).toBe('BX-2026-10000');
  });
  it('reads numbers case-insensitively', () => {
    expect(parseNo('ts-2026-0042').no).toBe('TS-2026-0042');
    expect(() => parseNo('TS2026')).toThrow(Refusal);
  });
});

describe('R-003 money in fen', () => {
  it('parses yuan to integer fen and back', () => {
    expect(parseYuan('12')).toBe(1200);
    expect(parseYuan('12.5')).toBe(1250);
    expect(parseYuan('0.05')).toBe(5);
    expect(formatFen(123456)).toBe('1234.56');
  });
  it('refuses more than two decimals or negatives', () => {
    expect(() => parseYuan('1.234')).toThrow(Refusal);
    expect(() => parseYuan('-1')).toThrow(Refusal);
  });
});
