// Renovation permits, pure.
import { describe, expect, it } from 'vitest';
import { canMove } from '../../src/core/states.js';
import { computeDue } from '../../src/core/deadline.js';
import { loadCalendar } from '../../src/core/calendar-data.js';
import { defaultProfile } from '../../src/core/profile.js';
import {
  BASE_DOCS,
  feesAtPayment,
  inspectionSlots,
  ledgerSums,
  passStatus,
  refundSplit,
  RENOVATION_MACHINE,
  requiredDocs,
  seasonOf,
  slotOf,
  type Fees,
} from '../../src/workflows/renovate/rules.js';

const profile = defaultProfile() as any;
const fees = profile.fees as Fees;
const seasons = profile.renovation.seasons;

describe('R-300 documents follow the scope', () => {
  it('the base checklist for plumbing and electrical work', () => {
    expect(requiredDocs(['plumbing', 'electrical'], false, false)).toEqual([...BASE_DOCS]);
  });
  it('fire approval for hot work or structure, gas approval with gas, environmental with emissions', () => {
    expect(requiredDocs(['hot-work'], false, false)).toEqual([...BASE_DOCS, 'fire-approval']);
    expect(requiredDocs(['structure'], false, false)).toEqual([...BASE_DOCS, 'fire-approval']);
    expect(requiredDocs(['plumbing'], true, false)).toEqual([...BASE_DOCS, 'gas-approval']);
    expect(requiredDocs(['facade'], false, true)).toEqual([...BASE_DOCS, 'env-approval']);
    expect(requiredDocs(['structure', 'hot-work'], true, true)).toEqual([...BASE_DOCS, 'fire-approval', 'gas-approval', 'env-approval']);
  });
});

describe('§0b states of a renovation', () => {
  it('the normal path and the side exits', () => {
    const path = ['applied', 'reviewing', 'approved', 'active', 'accepted', 'closed'];
    for (let i = 1; i < path.length; i++) expect(canMove(RENOVATION_MACHINE, path[i - 1], path[i])).toBe(true);
    expect(canMove(RENOVATION_MACHINE, 'applied', 'approved')).toBe(false); // documents first
    expect(canMove(RENOVATION_MACHINE, 'reviewing', 'rejected')).toBe(true);
    expect(canMove(RENOVATION_MACHINE, 'active', 'stopped')).toBe(true);
    expect(canMove(RENOVATION_MACHINE, 'stopped', 'active')).toBe(true);
    expect(canMove(RENOVATION_MACHINE, 'stopped', 'accepted')).toBe(false); // clear the stop-work first
    expect(canMove(RENOVATION_MACHINE, 'active', 'closed')).toBe(false); // refund after acceptance
  });
});

describe('R-301 review clock (5 working days from the complete file)', () => {
  const cal = loadCalendar(defaultProfile());
  it('across National Day with the make-up Saturday', () => {
    expect(profile.deadlines['R-301.review']).toBe('5wd');
    // Sep 30 → Oct 8, 9, 10 (make-up Sat), 12, 13.
    expect(computeDue('2026-09-30T10:00:00+08:00', '5wd', cal, 'Asia/Shanghai').dueAt).toBe('2026-10-13T23:59:59+08:00');
    // A file completed on the Friday before: Oct 2… are holidays, so Sep 30, Oct 8, 9, 10, 12.
    expect(computeDue('2026-09-29T16:00:00+08:00', '5wd', cal, 'Asia/Shanghai').dueAt).toBe('2026-10-12T23:59:59+08:00');
  });
  it('R-307 refund within 3 working days of acceptance', () => {
    expect(profile.deadlines['R-307.refund']).toBe('3wd');
    expect(computeDue('2026-10-09T16:00:00+08:00', '3wd', cal, 'Asia/Shanghai').dueAt).toBe('2026-10-13T23:59:59+08:00');
  });
});

describe('R-302 fees', () => {
  it('what pay collects: permit, maintenance, both deposits and the passes issued so far', () => {
    const items = feesAtPayment(fees, 2);
    expect(items.map((i) => i.item)).toEqual([
      'permit-fee',
      'maintenance-fee',
      'deposit-owner',
      'deposit-contractor',
      'pass-fee',
      'pass-deposit',
      'pass-fee',
      'pass-deposit',
    ]);
    expect(items.reduce((a, i) => a + i.amountFen, 0)).toBe(2000 + 30000 + 100000 + 100000 + 2 * (500 + 2000));
    expect(feesAtPayment(fees, 0)).toHaveLength(4);
  });
  it('heldFen = refundable deposits received − refunded − deducted (fees are not held)', () => {
    const e = [
      ...feesAtPayment(fees, 1).map((x) => ({ ...x, direction: 'received' })),
      { item: 'pass-deposit', direction: 'refunded', amountFen: 2000 },
      { item: 'lost-pass', direction: 'deducted', amountFen: 10000 },
    ];
    expect(ledgerSums(e)).toEqual({ receivedFen: 234500, refundedFen: 2000, deductedFen: 10000, heldFen: 202000 - 2000 - 10000 });
    expect(ledgerSums([])).toEqual({ receivedFen: 0, refundedFen: 0, deductedFen: 0, heldFen: 0 });
  });
  it('R-307 refund: the owner deposit first, deductions borne by the contractor deposit', () => {
    expect(refundSplit(100000, 200000)).toEqual({ ownerFen: 100000, contractorFen: 100000 });
    expect(refundSplit(100000, 190000)).toEqual({ ownerFen: 100000, contractorFen: 90000 });
    expect(refundSplit(100000, 60000)).toEqual({ ownerFen: 60000, contractorFen: 0 });
    expect(refundSplit(100000, -5)).toEqual({ ownerFen: 0, contractorFen: 0 });
  });
});

describe('R-304 inspection slots', () => {
  it('seasons: summer patrol ends 21:00 (May–Sep), winter 22:00 (Oct–Apr, across the new year)', () => {
    expect(seasonOf('2026-09-30', seasons).patrol).toEqual(['07:00', '21:00']);
    expect(seasonOf('2026-10-01', seasons).patrol).toEqual(['08:00', '22:00']);
    expect(seasonOf('2027-01-15', seasons).patrol).toEqual(['08:00', '22:00']);
    expect(seasonOf('2027-04-30', seasons).patrol).toEqual(['08:00', '22:00']);
    expect(seasonOf('2027-05-01', seasons).patrol).toEqual(['07:00', '21:00']);
  });
  it('a morning slot due at noon and an afternoon slot due at the end of patrol hours, each planned day', () => {
    expect(inspectionSlots('2026-09-30', '2026-10-01', seasons, 2)).toEqual([
      { step: 'inspect-2026-09-30-am', date: '2026-09-30', time: '12:00:00' },
      { step: 'inspect-2026-09-30-pm', date: '2026-09-30', time: '21:00:00' },
      { step: 'inspect-2026-10-01-am', date: '2026-10-01', time: '12:00:00' },
      { step: 'inspect-2026-10-01-pm', date: '2026-10-01', time: '22:00:00' },
    ]);
    expect(inspectionSlots('2026-10-08', '2026-10-20', seasons, 2)).toHaveLength(26);
    expect(inspectionSlots('2026-10-08', '2026-10-20', seasons, 1)).toHaveLength(13);
    expect(inspectionSlots('2026-10-08', '2026-10-07', seasons, 2)).toEqual([]);
    expect(inspectionSlots('2026-01-01', '2030-01-01', seasons, 2, 400)).toHaveLength(800);
  });
  it('an inspection before noon closes the morning slot, from noon the afternoon one', () => {
    expect(slotOf('11:59:59')).toBe('am');
    expect(slotOf('12:00:00')).toBe('pm');
    expect(slotOf('07:00:00')).toBe('am');
  });
  it('an active pass past its expiry is expired; returned and lost passes keep their status', () => {
    const exp = '2026-10-20T23:59:59+08:00';
    expect(passStatus('active', exp, Date.parse('2026-10-20T23:59:59+08:00'))).toBe('active');
    expect(passStatus('active', exp, Date.parse('2026-10-21T00:00:00+08:00'))).toBe('expired');
    expect(passStatus('returned', exp, Date.parse('2026-12-01T00:00:00+08:00'))).toBe('returned');
    expect(passStatus('lost', exp, Date.parse('2026-12-01T00:00:00+08:00'))).toBe('lost');
  });
});
