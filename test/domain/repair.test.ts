// Repair rules, pure.
import { describe, expect, it } from 'vitest';
import {
  afterFollowup,
  completionRule,
  followupPlan,
  helpUrgency,
  isRepeat,
  REPAIR_MACHINE,
  type RepairFacts,
} from '../../src/workflows/repair/rules.js';
import { canMove } from '../../src/core/states.js';
import { sampled } from '../../src/workflows/followup/rules.js';

const household: RepairFacts = {
  source: 'desk',
  publicPlace: null,
  help: null,
  reportedDate: '2026-09-30',
  completedDate: '2026-10-01',
  agreedAt: null,
  completedAt: '2026-10-01T09:00:00+08:00',
  reworked: false,
};

describe('R-502 completion deadline rule', () => {
  it('small the same day, larger within 7 days, an agreed time replaces both', () => {
    expect(completionRule({ source: 'desk', size: 'small', agreed: false })).toBe('R-502.small');
    expect(completionRule({ source: 'desk', size: 'large', agreed: false })).toBe('R-502.large');
    expect(completionRule({ source: 'desk', size: 'large', agreed: true })).toBe('R-502.agreed');
  });
  it('a handover defect keeps its R-202 rule', () => {
    expect(completionRule({ source: 'checkin-defect', size: 'small', agreed: false })).toBe('R-202.defect.small');
    expect(completionRule({ source: 'checkin-defect', size: 'large', agreed: false })).toBe('R-202.defect.large');
  });
});

describe('R-503 follow-up plan', () => {
  it('a household repair done on a later day: 3 days, sampled at the household rate', () => {
    expect(followupPlan(household)).toEqual({
      ruleKeys: ['R-503.household'],
      coverage: 'repairHousehold',
      sampleClass: 'household',
      reason: 'R-503',
    });
  });
  it('done the same day it was reported: 24 h joins (the tightest wins)', () => {
    expect(followupPlan({ ...household, completedDate: '2026-09-30', completedAt: '2026-09-30T15:00:00+08:00' }).ruleKeys).toEqual([
      'R-503.household',
      'R-503.same-day',
    ]);
  });
  it('done within an agreed later time: 36 h joins; done after the agreed time it does not', () => {
    const agreed = { ...household, agreedAt: '2026-10-01T09:00:00+08:00' };
    expect(followupPlan(agreed).ruleKeys).toEqual(['R-503.household', 'R-503.agreed']);
    expect(followupPlan({ ...agreed, completedAt: '2026-10-01T09:00:01+08:00' }).ruleKeys).toEqual(['R-503.household']);
  });
  it('a public (engineering) repair: the 1–2 month window, sampled at the public rate', () => {
    expect(followupPlan({ ...household, publicPlace: '南门' })).toEqual({
      ruleKeys: ['R-503.public'],
      coverage: 'repairPublic',
      sampleClass: 'public',
      reason: 'R-503',
    });
  });
  it('first aid (R-505) and handover defects (R-202) are sampled in classes of their own, at their own coverage keys (100 % by default)', () => {
    expect(followupPlan({ ...household, publicPlace: '南门', help: 'first-aid' })).toEqual({
      ruleKeys: ['R-505.first-aid-followup'],
      coverage: 'firstAid',
      sampleClass: 'firstAid',
      reason: 'R-505',
    });
    expect(followupPlan({ ...household, source: 'checkin-defect' })).toEqual({
      ruleKeys: ['R-202.followup'],
      coverage: 'checkinDefect',
      sampleClass: 'checkinDefect',
      reason: 'R-202',
    });
  });
  it('other help requests 求助 are sampled at coverage.help within a week (R-804, seed 001: 50 %)', () => {
    expect(followupPlan({ ...household, help: 'flood' })).toEqual({
      ruleKeys: ['R-804.help'],
      coverage: 'help',
      sampleClass: 'help',
      reason: 'R-804',
    });
  });
  it('a repair completed again after an unsatisfied follow-up is followed up again, 100 % (R-802)', () => {
    expect(followupPlan({ ...household, reworked: true })).toMatchObject({ coverage: null, sampleClass: null, reason: 'R-802' });
  });
});

describe('R-801 sample at the repair rates', () => {
  it('30 %: the 1st, 4th, 7th, 11th … completed repairs of the month', () => {
    const picked = Array.from({ length: 11 }, (_, i) => i + 1).filter((k) => sampled(k, 0.3));
    expect(picked).toEqual([1, 4, 7, 11]);
  });
});

describe('R-503 / R-802 what a follow-up does', () => {
  it('satisfied or basic closes a completed repair; unsatisfied reopens it', () => {
    expect(afterFollowup('completed', 'satisfied')).toBe('closed');
    expect(afterFollowup('completed', 'basic')).toBe('closed');
    expect(afterFollowup('completed', 'unsatisfied')).toBe('reopened');
    expect(afterFollowup('closed', 'unsatisfied')).toBe('reopened');
  });
  it('does nothing to a repair that is not completed', () => {
    expect(afterFollowup('dispatched', 'satisfied')).toBeNull();
    expect(afterFollowup('reopened', 'unsatisfied')).toBeNull();
  });
  it('every target it names is allowed by the state machine (§0b)', () => {
    expect(canMove(REPAIR_MACHINE, 'completed', 'closed')).toBe(true);
    expect(canMove(REPAIR_MACHINE, 'closed', 'reopened')).toBe(true);
    expect(canMove(REPAIR_MACHINE, 'quoted', 'completed')).toBe(false); // no work before consent
  });
});

describe('R-504 repeats and R-505 urgency', () => {
  it('flags the third same-kind repair, not the second', () => {
    expect(isRepeat(2)).toBe(false);
    expect(isRepeat(3)).toBe(true);
  });
  it('a help request is an emergency; another urgency with it conflicts', () => {
    expect(helpUrgency('first-aid', undefined)).toBe('emergency');
    expect(helpUrgency('fire', 'emergency')).toBe('emergency');
    expect(helpUrgency('fire', 'normal')).toBe('conflict');
    expect(helpUrgency(null, undefined)).toBe('normal');
    expect(helpUrgency(null, 'urgent')).toBe('urgent');
  });
});
