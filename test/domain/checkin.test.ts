// Unit handover rules, pure.
import { describe, expect, it } from 'vitest';
import { isMinor, meterReading, missing, requiredDocs, requiredForms, type Owner } from '../../src/workflows/checkin/rules.js';

const wang: Owner = { id: 1, name: '王伟', role: 'owner', minor: false };
const li: Owner = { id: 2, name: '李娜', role: 'co-owner', minor: false };

describe('R-200 required documents follow the owners', () => {
  it('every owner present: each owner ID, the certificate, fees cleared', () => {
    expect(requiredDocs([wang, li], [])).toEqual(['owner-id:1', 'owner-id:2', 'handover-certificate', 'fees-cleared']);
  });
  it('an absent joint owner: their ID and a notarized power of attorney', () => {
    expect(requiredDocs([wang, li], [2])).toEqual(['owner-id:1', 'owner-id:2', 'poa:2', 'handover-certificate', 'fees-cleared']);
  });
  it('a company buyer: company letter and the agent ID, no personal ID', () => {
    expect(requiredDocs([{ id: 3, name: '某公司', role: 'company', minor: false }], [])).toEqual([
      'company-letter',
      'agent-id',
      'handover-certificate',
      'fees-cleared',
    ]);
  });
  it('a minor owner: the household register', () => {
    expect(requiredDocs([wang, { ...li, minor: true }], [])).toContain('household-register:2');
    expect(requiredDocs([wang, li], [])).not.toContain('household-register:2');
  });
});

describe('R-203 forms', () => {
  it('four forms; the key custody agreement only when keys stay with the desk', () => {
    expect(requiredForms(0)).toEqual(['contact-form', 'fire-agreement', 'key-receipt', 'inspection-form']);
    expect(requiredForms(1)).toContain('key-custody');
  });
});

describe('what blocks completion (R-200, R-201, R-203)', () => {
  const docs = requiredDocs([wang], []);
  const forms = requiredForms(0);
  it('lists documents, meters, keys and forms still missing, in that order', () => {
    expect(missing({ docs, forms, have: new Set(['doc:owner-id:1', 'form:key-receipt']), meters: false, keys: true })).toEqual([
      'doc:handover-certificate',
      'doc:fees-cleared',
      'meters',
      'form:contact-form',
      'form:fire-agreement',
      'form:inspection-form',
    ]);
  });
  it('nothing missing when everything is in', () => {
    const have = new Set([...docs.map((d) => `doc:${d}`), ...forms.map((f) => `form:${f}`)]);
    expect(missing({ docs, forms, have, meters: true, keys: true })).toEqual([]);
  });
});

describe('minor owners from the ID number', () => {
  // Born 2008-09-30: 18 on 2026-09-30, still a minor the day before.
  const id = '110105200809300016';
  it('is 18 on the birthday, a minor the day before', () => {
    expect(isMinor(id, 'id', '2026-09-29')).toBe(true);
    expect(isMinor(id, 'id', '2026-09-30')).toBe(false);
  });
  it('no age from a passport or a company code', () => {
    expect(isMinor('E12345678', 'passport', '2026-09-30')).toBe(false);
    expect(isMinor(null, 'id', '2026-09-30')).toBe(false);
  });
});

describe('R-201 meter readings', () => {
  it('non-negative numbers with up to 3 decimals', () => {
    for (const ok of ['0', '12.5', '305', '0.125']) expect(meterReading(ok)).toBe(true);
    for (const bad of ['-1', '1.2345', 'abc', '', '1e3']) expect(meterReading(bad)).toBe(false);
  });
});
