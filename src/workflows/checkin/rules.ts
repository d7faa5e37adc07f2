// Unit handover 交房 / 入伙 (§2): which documents and forms completion needs
// computed from the owners registered on the unit. Pure.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

export const CHECKIN_MACHINE: Machine = { type: 'checkin', next: { open: ['completed'] }, verbs: { completed: 'checkin complete' } };

export const FORMS = ['contact-form', 'fire-agreement', 'key-receipt', 'inspection-form', 'key-custody'] as const;
export const PLAIN_DOCS = ['company-letter', 'agent-id', 'handover-certificate', 'fees-cleared'] as const;

export interface Owner {
  id: number;
  name: string;
  role: string; // owner | co-owner | company
  minor: boolean; // under 18 on the handover day (from the ID number)
}

/** the documents a handover needs, given the owners and who is absent. */
export function requiredDocs(owners: Owner[], absent: number[]): string[] {
  const docs: string[] = [];
  for (const o of owners) {
    if (o.role === 'company') {
      docs.push('company-letter', 'agent-id'); // 委托公函 + 代理人身份证
      continue;
    }
    docs.push(`owner-id:${o.id}`); // every registered owner's ID (originals, also of an absent owner)
    if (absent.includes(o.id)) docs.push(`poa:${o.id}`); // 公证委托书 of an absent joint owner
    if (o.minor) docs.push(`household-register:${o.id}`); // 户口本 for a minor owner
  }
  docs.push('handover-certificate', 'fees-cleared'); // 交楼证明 with both stamps; nothing outstanding
  return [...new Set(docs)];
}

/** the forms signed at handover; key custody only when keys stay with the desk. */
export function requiredForms(keysLeft: number): string[] {
  return ['contact-form', 'fire-agreement', 'key-receipt', 'inspection-form', ...(keysLeft > 0 ? ['key-custody'] : [])];
}

/** Everything that still blocks `checkin complete`. */
export function missing(c: { docs: string[]; forms: string[]; have: Set<string>; meters: boolean; keys: boolean }): string[] {
  const out = c.docs.filter((d) => !c.have.has(`doc:${d}`)).map((d) => `doc:${d}`);
  if (!c.meters) out.push('meters');
  if (!c.keys) out.push('keys');
  out.push(...c.forms.filter((f) => !c.have.has(`form:${f}`)).map((f) => `form:${f}`));
  return out;
}

/** Age on a date from a mainland ID number (digits 7–14 are the birth date). */
export function isMinor(idNumber: string | null, idType: string, onDate: string): boolean {
  if (idType !== 'id' || !idNumber || idNumber.length !== 18) return false;
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const y = Number(onDate.slice(0, 4)) - Number(birth.slice(0, 4));
  const hadBirthday = onDate.slice(5) >= birth.slice(5);
  return (hadBirthday ? y : y - 1) < 18;
}

/** A meter reading: a non-negative number with up to 3 decimals. */
export function meterReading(v: string): boolean {
  return /^\d{1,9}(\.\d{1,3})?$/.test(v.trim());
}

/** R-201, issue 18.8: a unit without a gas meter; stored as its gas reading. */
export const NO_GAS = 'none';
/** `--gas 无` / `--gas none` (typed at the prompt too) says the unit has no gas meter, as `--no-gas` does. */
export function isNoGas(v: string): boolean {
  return ['none', '无', '无燃气', '-'].includes(v.trim().toLowerCase());
}

/** The record group (cli.md), its record types and the states after which nothing is open (§0b). */
export const INFO: KindInfo = { group: 'checkin', types: ['checkin'], final: ['completed', 'voided'] };
