// The key cabinet, pure.
import { describe, expect, it } from 'vitest';
import { canMove } from '../../src/core/states.js';
import { hookName, LOAN_MACHINE, LOST_MACHINE, parseKeyRef } from '../../src/workflows/keys/rules.js';

describe('R-700 hooks and key references', () => {
  it('hooks are numbered K0001, K0002, …', () => {
    expect(hookName(1)).toBe('K0001');
    expect(hookName(123)).toBe('K0123');
  });
  it('a key is a hook number or <unit>:<kind>', () => {
    expect(parseKeyRef('K0001')).toEqual({ hook: 'K0001' });
    expect(parseKeyRef('A-1-101:door')).toEqual({ unit: 'A-1-101', kind: 'door' });
    expect(parseKeyRef('A-1-101:mailbox')).toEqual({ unit: 'A-1-101', kind: 'mailbox' });
    expect(parseKeyRef('A-1-101:roof')).toEqual({ hook: 'A-1-101:roof' }); // not a kind: looked up as a hook, refused there
  });
});

describe('R-703 the loan machine (§0b: open → returned → (inspecting) → closed)', () => {
  it('a loan is returned before it closes; a contractor loan may wait in inspecting', () => {
    expect(canMove(LOAN_MACHINE, 'open', 'returned')).toBe(true);
    expect(canMove(LOAN_MACHINE, 'open', 'closed')).toBe(false);
    expect(canMove(LOAN_MACHINE, 'returned', 'inspecting')).toBe(true);
    expect(canMove(LOAN_MACHINE, 'inspecting', 'closed')).toBe(true);
    expect(canMove(LOAN_MACHINE, 'closed', 'open')).toBe(false);
  });
  it('R-706: a key lost while out ends its loan from any open step, never a closed one', () => {
    for (const from of ['open', 'returned', 'inspecting']) expect(canMove(LOST_MACHINE, from, 'closed')).toBe(true);
    expect(canMove(LOST_MACHINE, 'closed', 'closed')).toBe(false);
  });
});
