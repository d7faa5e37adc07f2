// Renovation permits 二次装修 (§3). Pure: states, required documents by scope
// the fee schedule, inspection slots, ledger sums.
import type { KindInfo } from '../../core/kind.js';
import { addDays } from '../../core/calendar.js';
import type { Machine } from '../../core/states.js';

export const SCOPES = ['structure', 'plumbing', 'electrical', 'facade', 'hot-work'] as const;
export const BASE_DOCS = ['owner-proof', 'drawings', 'contract', 'licence', 'qualification', 'manager-id', 'guarantee'] as const;
export const ALL_DOCS = [...BASE_DOCS, 'fire-approval', 'gas-approval', 'env-approval'] as const;

export const RENOVATION_MACHINE: Machine = {
  type: 'renovation',
  next: {
    applied: ['reviewing', 'rejected'],
    reviewing: ['approved', 'rejected'],
    approved: ['active'],
    active: ['stopped', 'accepted'],
    stopped: ['active'],
    accepted: ['closed'],
  },
  verbs: {
    reviewing: 'renovate doc',
    approved: 'renovate approve',
    rejected: 'renovate reject',
    active: 'renovate pay',
    stopped: 'renovate inspect --stop-work',
    accepted: 'renovate accept --pass',
    closed: 'renovate refund',
  },
};

/** the documents an application needs, by scope. */
export function requiredDocs(scope: string[], gas: boolean, emissions: boolean): string[] {
  const docs: string[] = [...BASE_DOCS];
  if (scope.includes('hot-work') || scope.includes('structure')) docs.push('fire-approval');
  if (gas) docs.push('gas-approval');
  if (emissions) docs.push('env-approval');
  return docs;
}

export interface Fees {
  renovationDepositContractorFen: number;
  renovationDepositOwnerFen: number;
  maintenanceFeeFen: number;
  workerPassFeeFen: number;
  workerPassDepositFen: number;
  permitFeeFen: number;
  lostPassFen: number;
  lostPermitFen: number;
}

/** Ledger items that are refundable deposits. */
export const REFUNDABLE = ['deposit-owner', 'deposit-contractor', 'pass-deposit'];

/** what `renovate pay` collects: the permit and maintenance fees, both deposits, and the passes issued so far. */
export function feesAtPayment(f: Fees, unpaidPasses: number): Array<{ item: string; amountFen: number }> {
  const out = [
    { item: 'permit-fee', amountFen: f.permitFeeFen },
    { item: 'maintenance-fee', amountFen: f.maintenanceFeeFen },
    { item: 'deposit-owner', amountFen: f.renovationDepositOwnerFen },
    { item: 'deposit-contractor', amountFen: f.renovationDepositContractorFen },
  ];
  for (let i = 0; i < unpaidPasses; i++)
    out.push({ item: 'pass-fee', amountFen: f.workerPassFeeFen }, { item: 'pass-deposit', amountFen: f.workerPassDepositFen });
  return out;
}

export interface Sums {
  receivedFen: number;
  refundedFen: number;
  deductedFen: number;
  heldFen: number;
}

/** cli.md: heldFen = refundable deposits received − refunded − deducted. */
export function ledgerSums(entries: Array<{ item: string; direction: string; amountFen: number }>): Sums {
  let receivedFen = 0;
  let refundedFen = 0;
  let deductedFen = 0;
  let refundableIn = 0;
  for (const e of entries) {
    if (e.direction === 'received') {
      receivedFen += e.amountFen;
      if (REFUNDABLE.includes(e.item)) refundableIn += e.amountFen;
    } else if (e.direction === 'refunded') refundedFen += e.amountFen;
    else deductedFen += e.amountFen;
  }
  return { receivedFen, refundedFen, deductedFen, heldFen: refundableIn - refundedFen - deductedFen };
}

/**
 * the inspection slots of a site, a morning and an afternoon one per planned day
 * (`inspect-2026-10-09-am` due at noon, `-pm` due at the end of the season's patrol hours),
 * as local date + time; the caller keeps those still ahead.
 */
export function inspectionSlots(
  from: string,
  to: string,
  seasons: Record<string, { from: string; to: string; patrol: [string, string] }>,
  perDay: number,
  maxDays = 400,
): Array<{ step: string; date: string; time: string }> {
  const out: Array<{ step: string; date: string; time: string }> = [];
  for (let day = from, i = 0; day <= to && i < maxDays; day = addDays(day, 1), i++) {
    const [, patrolEnd] = seasonOf(day, seasons).patrol;
    if (perDay >= 1) out.push({ step: `inspect-${day}-am`, date: day, time: '12:00:00' });
    if (perDay >= 2) out.push({ step: `inspect-${day}-pm`, date: day, time: `${patrolEnd}:00` });
  }
  return out;
}

/** The slot an inspection at a local time closes: before noon the morning one, else the afternoon one. */
export function slotOf(localTime: string): 'am' | 'pm' {
  return localTime < '12:00:00' ? 'am' : 'pm';
}

/** a pass past its expiry is `expired` (to be confiscated at inspection); returned and lost stay so. */
export function passStatus(status: string, expiresAt: string, nowMs: number): string {
  return status === 'active' && Date.parse(expiresAt) < nowMs ? 'expired' : status;
}

/** what is held goes back, the owner's deposit first, deductions borne by the contractor's. */
export function refundSplit(ownerDepositFen: number, heldFen: number): { ownerFen: number; contractorFen: number } {
  const held = Math.max(0, heldFen);
  const ownerFen = Math.min(ownerDepositFen, held);
  return { ownerFen, contractorFen: held - ownerFen };
}

/** The season of a date (MM-DD) from the profile's seasons (summer May–Sep by default). */
export function seasonOf(
  date: string,
  seasons: Record<string, { from: string; to: string; patrol: [string, string] }>,
): { patrol: [string, string] } {
  const md = date.slice(5);
  for (const s of Object.values(seasons)) {
    const inside = s.from <= s.to ? md >= s.from && md <= s.to : md >= s.from || md <= s.to;
    if (inside) return s;
  }
  return Object.values(seasons)[0];
}

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = {
  group: 'renovate',
  types: ['renovation'],
  final: ['closed', 'rejected', 'voided'],
  gist: ['contractor', 'start', 'end'],
};
