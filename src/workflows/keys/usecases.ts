// The key cabinet 钥匙柜 (§7): key sets, entrusting, lending
// and return with inspection, the 3-day return,
// release to the owner, lost keys, where is every key.
import { refuse } from '../../core/errors.js';
import { claimOut, writeOut } from '../../core/out.js';
import { PREFIXES } from '../../core/numbers.js';
import { maskPhone, normalizePhone } from '../../core/identity.js';
import { choice, text as checkedText } from '../../core/input.js';

/** Free text of this workflow: up to 200 characters unless a field says otherwise. */
const text = (v: string | undefined, flag: string, max = 200) => checkedText(v, flag, max);
import { CUSTODY, hookName, KEY_KINDS, LOAN_MACHINE, LOST_MACHINE, parseKeyRef } from './rules.js';
import * as store from './store.js';
import { getUnitById } from '../registry/api.js';
import { residentsOfUnit } from '../registry/api.js';
import { otherCheckin } from '../checkin/api.js';
import { getRecordById, listDeadlines, type RecordRow } from '../../core/store/records.js';
import { addEvent, closeDeadline, createRecord, loadRecord, move, openDeadline } from '../../core/loop.js';
import { contractorFor } from '../renovate/api.js';
import type { Kind } from '../../core/kind.js';
import { INFO } from './rules.js';
import { requireUnit } from '../registry/api.js';
import { recordJson } from '../../records/usecases.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import { wordKey } from '../../core/words.js';

function count(v: string | undefined, flag: string): number {
  const t = (v ?? '').trim();
  if (!/^\d{1,3}$/.test(t) || Number(t) < 1) refuse('E_VALUE', 'err.integer', { flag, value: t, min: 1, max: 999 });
  return Number(t);
}

export function keySetJson(k: store.KeySetRow) {
  return {
    hook: k.hook,
    unit: k.unit_code ?? null,
    kind: k.kind,
    count: k.count,
    custody: k.custody,
    status: k.status,
    holder: k.holder,
    owner: k.owner,
    updatedAt: k.updated_at,
  };
}

/** `<key>`: hook number or `<unit>:<kind>` (cli.md). */
export function findKey(s: Session, ref: string): store.KeySetRow {
  const p = parseKeyRef(ref);
  if ('hook' in p) {
    const k = store.keySetByHook(s.db, p.hook);
    if (!k) refuse('E_NOT_FOUND', 'err.noKey', { key: ref });
    return k;
  }
  const unit = requireUnit(s, p.unit);
  const sets = store.keySetsOf(s.db, unit.id, p.kind).filter((k) => k.status !== 'lost');
  if (!sets.length) refuse('E_NOT_FOUND', 'err.noKey', { key: ref });
  if (sets.length > 1) refuse('E_AMBIGUOUS', 'err.ambiguousKey', { key: ref, hooks: sets.map((k) => k.hook).join(', ') });
  return sets[0];
}

function addSet(
  s: Session,
  o: { unitId: number | null; kind: string; count: number; custody: string; hook?: string; owner?: string | null },
): store.KeySetRow {
  const hook = o.hook?.trim() || hookName(store.nextHookNumber(s.db));
  if (!/^[A-Za-z0-9-]{1,16}$/.test(hook)) refuse('E_VALUE', 'err.hook', { hook });
  if (store.keySetByHook(s.db, hook)) refuse('E_EXISTS', 'err.hookTaken', { hook });
  const id = store.insertKeySet(s.db, { hook, unitId: o.unitId, kind: o.kind, count: o.count, custody: o.custody, owner: o.owner, at: s.at });
  store.logKey(s.db, {
    keySetId: id,
    at: s.at,
    action: o.custody === 'entrusted' ? 'entrust' : 'add',
    who: o.owner ?? null,
    count: o.count,
    clerk: s.io.clerk,
  });
  s.audit({ subject: `key:${hook}`, action: 'add', field: 'custody', new: o.custody });
  return store.keySetById(s.db, id)!;
}

/** `keys add`. */
export function addKeys(io: Io, unitCode: string, o: { kind?: string; count?: string; custody?: string; hook?: string }) {
  return write(io, (s) => {
    const unit = requireUnit(s, unitCode);
    return keySetJson(
      addSet(s, {
        unitId: unit.id,
        kind: choice(o.kind, 'kind', KEY_KINDS),
        count: count(o.count, 'count'),
        custody: choice(o.custody, 'custody', CUSTODY),
        hook: o.hook,
      }),
    );
  });
}

/** `keys entrust`: the owner leaves keys and acknowledges the desk is not responsible for property inside. */
export function entrust(io: Io, unitCode: string, o: { owner?: string; count?: string; kind?: string; hook?: string }) {
  return write(io, (s) => {
    const unit = requireUnit(s, unitCode);
    const owner = text(o.owner, 'owner', 64);
    const k = addSet(s, {
      unitId: unit.id,
      kind: o.kind ? choice(o.kind, 'kind', KEY_KINDS) : 'door',
      count: count(o.count, 'count'),
      custody: 'entrusted',
      hook: o.hook,
      owner,
    });
    store.logKey(s.db, {
      keySetId: k.id,
      at: s.at,
      action: 'acknowledge',
      who: owner,
      note: 'R-701: the desk is not responsible for property inside the unit',
      clerk: s.io.clerk,
    });
    return { ...keySetJson(k), acknowledged: true };
  });
}

/** `keys lend`: staff, or a contractor's responsible person only; due back in 3 days. */
export function lend(io: Io, ref: string, o: { to?: string; phone?: string; reason?: string; contractor?: string; count?: string }) {
  return write(io, (s) => {
    const k = findKey(s, ref);
    const to = text(o.to, 'to', 64);
    const phone = normalizePhone(o.phone ?? '', 'phone');
    const reason = text(o.reason, 'reason');
    if (k.status !== 'in') {
      const loan = store.openLoanOf(s.db, k.id);
      refuse('E_STATE', 'err.keyNotIn', {
        hook: k.hook,
        status: wordKey('keyMove', 'keyStatus', k.status),
        holder: loan ? `${loan.borrower} (${loan.no})` : (k.holder ?? '-'),
      });
    }
    let contractorNo: string | null = null;
    if (o.contractor) {
      const c = contractorFor(s, o.contractor);
      if (c.managerName !== to) refuse('E_VALUE', 'err.notManager', { no: c.no, manager: c.managerName });
      if (c.unitId !== null && k.unit_id !== null && c.unitId !== k.unit_id) refuse('E_VALUE', 'err.otherUnit', { no: c.no });
      contractorNo = c.no;
    }
    const n = o.count ? count(o.count, 'count') : k.count;
    if (n > k.count) refuse('E_VALUE', 'err.countTooHigh', { hook: k.hook, count: k.count });
    const r = createRecord(s, {
      type: 'keyMove',
      prefix: PREFIXES.keyMove,
      status: 'open',
      unitId: k.unit_id,
      data: { hook: k.hook, to, reason, contractor: contractorNo },
    });
    store.insertLoan(s.db, { record_id: r.id, key_set_id: k.id, borrower: to, phone, reason, count_out: n, contractor_no: contractorNo });
    store.updateKeySet(s.db, k.id, { status: 'out', holder: to }, s.at);
    store.logKey(s.db, { keySetId: k.id, at: s.at, action: 'lend', who: to, count: n, recordId: r.id, clerk: s.io.clerk });
    openDeadline(s, r, 'return', 'R-704.key-return', r.event_at);
    return loanView(s, r);
  });
}

/** `keys return`: count checked; a contractor's loan closes only when the unit inspection passes. */
export function giveBack(io: Io, no: string, o: { count?: string; inspection?: string; note?: string }) {
  return write(io, (s) => {
    let r = loadRecord(s, no, ['keyMove'], 'keys');
    const l = store.getLoan(s.db, r.id)!;
    const k = store.keySetById(s.db, l.key_set_id)!;
    const inspection = o.inspection === undefined ? null : choice(o.inspection, 'inspection', ['pass', 'fail'] as const);
    if (r.status === 'open') {
      const back = o.count === undefined ? l.count_out : Number.parseInt(o.count, 10);
      if (!Number.isInteger(back) || back < 0 || String(back) !== String(o.count ?? back))
        refuse('E_VALUE', 'err.integer', { flag: 'count', value: o.count, min: 0, max: 999 });
      if (back !== l.count_out && !o.note?.trim())
        refuse('E_VALUE', 'err.countMismatch', { no: r.no, out: l.count_out, back, diff: l.count_out - back });
      r = move(s, r, LOAN_MACHINE, 'returned', 'return', { count: back, note: o.note?.trim() });
      store.updateLoan(s.db, r.id, { count_back: back, returned_at: s.at });
      closeDeadline(s, r, 'return');
      store.updateKeySet(
        s.db,
        k.id,
        { status: 'in', holder: null, ...(back !== l.count_out ? { count: k.count - (l.count_out - back) } : {}) },
        s.at,
      );
      store.logKey(s.db, {
        keySetId: k.id,
        at: s.at,
        action: 'return',
        who: l.borrower,
        count: back,
        note: o.note?.trim() ?? null,
        recordId: r.id,
        clerk: s.io.clerk,
      });
    } else if (r.status !== 'inspecting') {
      refuse('E_STATE', 'err.state', {
        no: r.no,
        status: wordKey('keyMove', 'status', r.status),
        to: wordKey('keyMove', 'status', 'returned'),
        allowed: '-',
      });
    }
    if (l.contractor_no) {
      // the unit is inspected (facilities, cleanliness) before the loan closes.
      if (inspection === 'pass') r = move(s, r, LOAN_MACHINE, 'closed', 'inspect', { inspection });
      else if (r.status === 'returned') r = move(s, r, LOAN_MACHINE, 'inspecting', 'inspect', { inspection });
      else if (inspection === 'fail') addEvent(s, r, 'inspect', { inspection });
      if (inspection) {
        store.updateLoan(s.db, r.id, { inspection });
        store.logKey(s.db, { keySetId: k.id, at: s.at, action: 'inspect', note: inspection, recordId: r.id, clerk: s.io.clerk });
      }
    } else if (r.status === 'returned') r = move(s, r, LOAN_MACHINE, 'closed', 'close', {});
    return loanView(s, r);
  });
}

/** `keys release`: to the owner, identity verified; someone else only after a confirming call. */
export function release(io: Io, ref: string, o: { to?: string; verifiedByCall?: boolean }) {
  return write(io, (s) => {
    const k = findKey(s, ref);
    if (k.status !== 'in')
      refuse('E_STATE', 'err.keyNotIn', { hook: k.hook, status: wordKey('keyMove', 'keyStatus', k.status), holder: k.holder ?? '-' });
    const to = text(o.to, 'to', 64);
    if (k.unit_id !== null) {
      const unit = getUnitById(s.db, k.unit_id)!;
      // the owner has checked in when a handover was completed, or the unit is past
      // handover in the registry (handed-over, renovating, occupied, leased: units imported so).
      const c = otherCheckin(s.db, unit.id);
      const checkedIn = c ? c.status === 'completed' : !['unsold', 'vacant'].includes(unit.status);
      if (!checkedIn) refuse('E_STATE', 'err.notCheckedIn', { unit: unit.code });
      const owners = residentsOfUnit(s.db, unit.id).filter((r) => ['owner', 'co-owner', 'company', 'agent'].includes(r.role));
      const isOwner = owners.some((r) => r.name === to || String(r.id) === to);
      if (!isOwner && !o.verifiedByCall) refuse('E_VALUE', 'err.releaseCall', { to, unit: unit.code });
      if (!isOwner)
        store.logKey(s.db, { keySetId: k.id, at: s.at, action: 'call', who: to, note: 'owner called to confirm (R-705)', clerk: s.io.clerk });
    }
    releaseSet(s, k, to, null);
    return keySetJson(store.keySetById(s.db, k.id)!);
  });
}

function releaseSet(s: Session, k: store.KeySetRow, to: string, recordId: number | null): void {
  store.updateKeySet(s.db, k.id, { status: 'released', holder: to }, s.at);
  store.logKey(s.db, { keySetId: k.id, at: s.at, action: 'release', who: to, count: k.count, recordId, clerk: s.io.clerk });
  s.audit({ subject: `key:${k.hook}`, action: 'release', field: 'status', old: k.status, new: 'released' });
}

/** completing a checkin hands the developer-custody keys to the owner, in the same transaction. */
export function releaseDeveloperKeys(s: Session, unitId: number, owner: string, recordId: number): string[] {
  const out: string[] = [];
  for (const k of store.keySetsOf(s.db, unitId)) {
    if (k.custody !== 'developer' || k.status !== 'in') continue;
    releaseSet(s, k, owner, recordId);
    out.push(k.hook);
  }
  return out;
}

/** `keys lost`: who lost it; with the owner's consent the losing party changes the lock. */
export function lost(io: Io, ref: string, o: { by?: string; lockChanged?: boolean }) {
  return write(io, (s) => {
    const k = findKey(s, ref);
    const by = text(o.by, 'by', 64);
    if (k.status === 'lost' || k.status === 'released')
      refuse('E_STATE', 'err.keyGone', { hook: k.hook, status: wordKey('keyMove', 'keyStatus', k.status) });
    const loan = store.openLoanOf(s.db, k.id);
    if (loan) {
      // The loan ends with the loss: nothing left to chase, the outcome is on the record.
      const r = loadRecord(s, loan.no, ['keyMove'], 'keys');
      closeDeadline(s, r, 'return');
      move(s, r, LOST_MACHINE, 'closed', 'lost', { by, lockChanged: !!o.lockChanged });
    }
    store.updateKeySet(s.db, k.id, { status: 'lost', holder: by }, s.at);
    store.logKey(s.db, {
      keySetId: k.id,
      at: s.at,
      action: 'lost',
      who: by,
      note: o.lockChanged ? 'lock changed' : 'lock not yet changed',
      clerk: s.io.clerk,
    });
    s.audit({ subject: `key:${k.hook}`, action: 'lost', field: 'status', old: k.status, new: 'lost' });
    return { ...keySetJson(store.keySetById(s.db, k.id)!), lockChanged: !!o.lockChanged };
  });
}

/** The hooks of the key sets in these states: in the cabinet to lend or release; in or out to report lost. */
export function hooksIn(io: Io, statuses: readonly string[]): string[] {
  return read(io, (s) => store.hooksWithStatus(s.db, statuses));
}

/** `keys where <unit>`. */
export function where(io: Io, unitCode: string) {
  return read(io, (s) => {
    const unit = requireUnit(s, unitCode);
    return store
      .keySetsOf(s.db, unit.id)
      .map((k) => ({ ...keySetJson(k), loan: store.openLoanOf(s.db, k.id)?.no ?? null, log: store.keyLog(s.db, k.id) }));
  });
}

/** `keys out [--overdue]`. */
export function out(io: Io, o: { overdue?: boolean; unmask?: boolean }) {
  return read(io, (s) =>
    store
      .keysOut(s.db)
      .map((x) => ({
        no: x.no,
        hook: x.hook,
        unit: x.unit,
        kind: x.kind,
        borrower: x.borrower,
        phone: x.phone ? maskPhone(x.phone) : null,
        status: x.status,
        lentAt: x.lent_at,
        dueAt: x.due_at,
        overdue: !!x.due_at && x.due_at < s.now,
        contractor: x.contractor_no,
      }))
      .filter((x) => !o.overdue || x.overdue),
  );
}

function loanView(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

/** kind.details: detail() of every listed row, one statement per table (issue 23). */
function details(s: Session, rows: RecordRow[], unmask: boolean) {
  const b = store.loansBatch(
    s.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => detail(s, r, unmask, b));
}

function detail(s: Session, r: RecordRow, unmask: boolean, pre?: ReturnType<typeof store.loansBatch>) {
  const l = pre ? pre.loans.get(r.id) : store.getLoan(s.db, r.id);
  if (!l) return {};
  const k = pre ? pre.sets.get(l.key_set_id)![0] : store.keySetById(s.db, l.key_set_id)!;
  return {
    hook: k.hook,
    kind: k.kind,
    count: l.count_out,
    countBack: l.count_back,
    custody: k.custody,
    keyStatus: k.status,
    borrower: l.borrower,
    phone: l.phone == null ? null : unmask ? l.phone : maskPhone(l.phone),
    reason: l.reason,
    contractor: l.contractor_no,
    inspection: l.inspection,
    returnedAt: l.returned_at,
  };
}

export const kind: Kind = {
  ...INFO,
  monthlySection,
  detail,
  details,
  exportColumns: {
    header: ['csv.hook', 'csv.kind', 'csv.borrower', 'csv.phone', 'csv.reason', 'csv.count', 'csv.returned'],
    row: (s, r, unmask) => {
      const d = detail(s, r, unmask);
      return [d.hook, d.kind, d.borrower, d.phone, d.reason, d.count, d.returnedAt];
    },
  },
  print(s, r, unmask) {
    const d = detail(s, r, unmask);
    // the due-back time the loan was given (computed when lent, §0a), late when returned or still out after it (issue 18.8).
    const dueBack = listDeadlines(s.db, r.id).find((x) => x.step === 'return' && !x.cancelled)?.due_at ?? null;
    const late = !!dueBack && ('returnedAt' in d && d.returnedAt ? d.returnedAt > dueBack : s.now > dueBack);
    return [
      {
        template: 'keys-loan',
        title: s.io.t('keys.form.loan'),
        data: { no: r.no, unit: r.unit_code, createdAt: r.event_at, ...d, dueBack, late },
      },
    ];
  },
};

export function monthlySection(s: Session, from: string, to: string) {
  const m = store.keysMonth(s.db, from, to);
  const overdue = store.keysOverdue(s.db, s.now);
  return { lent: m.lend ?? 0, returned: m.return ?? 0, overdue, entrusted: m.entrust ?? 0, released: m.release ?? 0, lost: m.lost ?? 0 };
}

export { residentsOfUnit };

/** `keys register [<unit>]`: the entrust register as a printable form. */
export async function register(io: Io, unitCode: string | undefined, o: { format?: string; out?: string; force?: boolean }) {
  const format = o.format ?? 'html';
  if (!['html', 'pdf'].includes(format)) refuse('E_USAGE', 'err.format', { value: format, choices: 'html pdf' });
  if (format === 'pdf' && !o.out) refuse('E_USAGE', 'err.pdfOut');
  const out = o.out !== undefined ? claimOut(o.out, { force: o.force, db: io.dbFile }) : null;
  const { entries, estate } = read(io, (s) => ({
    entries: store.entrustRegister(s.db, unitCode ? requireUnit(s, unitCode).id : null),
    estate: s.profile.estate.name,
  }));
  const { renderForms } = await import('../../formats/html.js');
  const html = renderForms([{ template: 'keys-entrust', title: io.t('keys.form.entrust'), data: { entries } }], { lang: io.lang, t: io.t, estate });
  if (format === 'pdf') {
    const { htmlToPdf } = await import('../../formats/pdf.js');
    writeOut(out!, await htmlToPdf(html, io.t('keys.form.entrust'), io));
    return { entries: entries.length, out: o.out };
  }
  if (out) writeOut(out, html);
  return { entries: entries.length, out: o.out ?? null, html: o.out ? undefined : html };
}
