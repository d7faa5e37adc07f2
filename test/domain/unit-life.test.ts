// which life events make sense from which unit status (pure rule).
import { describe, expect, it } from 'vitest';
import { lifeStep } from '../../src/workflows/registry/rules.js';

describe('R-104 unit life steps', () => {
  it('leads each event to its status', () => {
    expect(lifeStep('move-in', 'handed-over')).toEqual({ to: 'occupied' });
    expect(lifeStep('lease', 'handed-over')).toEqual({ to: 'leased' });
    expect(lifeStep('lease', 'occupied')).toEqual({ to: 'leased' });
    expect(lifeStep('move-out', 'occupied')).toEqual({ to: 'vacant' });
    // 撤租 goes back to what the unit was before the lease.
    expect(lifeStep('lease-end', 'leased', 'occupied')).toEqual({ to: 'occupied' });
    expect(lifeStep('lease-end', 'leased', 'handed-over')).toEqual({ to: 'handed-over' });
    expect(lifeStep('lease-end', 'leased', 'vacant')).toEqual({ to: 'vacant' });
    // Vacant again after a move-out: it was handed over once, so it may be lived in or leased again.
    expect(lifeStep('move-in', 'vacant', null, true)).toEqual({ to: 'occupied' });
    expect(lifeStep('lease', 'vacant', null, true)).toEqual({ to: 'leased' });
    expect(lifeStep('move-in', 'vacant', null, false)).toEqual({ why: 'life.notHandedOver' });
  });
  it('refuses what makes no sense, saying why', () => {
    expect(lifeStep('lease', 'vacant')).toEqual({ why: 'life.notHandedOver' });
    expect(lifeStep('lease', 'unsold')).toEqual({ why: 'life.notHandedOver' });
    expect(lifeStep('move-in', 'renovating')).toEqual({ why: 'life.renovating' });
    expect(lifeStep('move-in', 'leased')).toEqual({ why: 'life.leased' });
    expect(lifeStep('lease', 'leased')).toEqual({ why: 'life.leaseOverlaps' });
    expect(lifeStep('move-in', 'occupied')).toEqual({ why: 'life.alreadyOccupied' });
    expect(lifeStep('move-out', 'handed-over')).toEqual({ why: 'life.nobodyIn' });
    expect(lifeStep('move-out', 'leased')).toEqual({ why: 'life.leased' });
    expect(lifeStep('lease-end', 'occupied')).toEqual({ why: 'life.notLeased' });
  });
});
