// Renovation permits 二次装修 (§3): application and documents, review
// within 5 working days of a complete file, fees as ledger entries
// permit and worker passes, inspections twice a day,
// violations and stop-work, release slips, acceptance and
// refund, monthly statistics.
import { refuse } from '../../core/errors.js';
import { PREFIXES, parseNo } from '../../core/numbers.js';
import { formatFen, parseYuan } from '../../core/money.js';
import { mask, maskPhone, normalizeCreditCode, normalizeIdNumber, normalizePhone } from '../../core/identity.js';
import { text as checkedText } from '../../core/input.js';

/** Free text of this workflow: up to 200 characters unless a field says otherwise. */
const text = (v: string | undefined, flag: string, max = 200) => checkedText(v, flag, max);
import { addDays } from '../../core/calendar.js';
import { atLocal, localDate, parseInstant } from '../../core/time.js';
import {
  ALL_DOCS,
  feesAtPayment,
  inspectionSlots,
  ledgerSums,
  passStatus,
  refundSplit,
  RENOVATION_MACHINE,
  requiredDocs,
  SCOPES,
  slotOf,
  type Fees,
} from './rules.js';
import * as store from './store.js';
import { ledgerOf, ledgersOf, type LedgerRow } from '../../core/store/ledger.js';
import { getUnitById, setUnitStatus } from '../registry/api.js';
import { getRecord, getRecordById, type RecordRow } from '../../core/store/records.js';
import { addEvent, closeDeadline, createRecord, dropDeadline, loadRecord, move, openDeadline, openDeadlineAt, post } from '../../core/loop.js';
import type { Kind, MonthlyTrend, TrendMonth } from '../../core/kind.js';
import { bySeries, monthsParam } from '../../core/store/reports.js';
import { INFO } from './rules.js';
import { requireUnit } from '../registry/api.js';
import { recordJson, type RecordJson } from '../../records/usecases.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';

function load(s: Session, no: string) {
  const r = loadRecord(s, no, ['renovation'], 'renovate');
  return { r, d: store.getRenovation(s.db, r.id)! };
}

function missingDocs(s: Session, r: RecordRow, d: store.RenovationRow, docs?: string[]): string[] {
  const have = new Set(docs ?? store.docsOf(s.db, r.id));
  return requiredDocs(JSON.parse(d.scope), !!d.gas, !!d.emissions).filter((x) => !have.has(x));
}

/** Contract for `keys lend --contractor`: the renovation's responsible person. */
export function contractorFor(
  s: Session,
  no: string,
): { no: string; unitId: number | null; managerName: string; managerPhone: string; status: string } {
  const { no: n } = parseNo(no);
  const r = getRecord(s.db, n);
  if (r?.type !== 'renovation') refuse('E_NOT_FOUND', 'err.noRecord', { no: n, group: 'renovate' });
  if (!['approved', 'active', 'stopped'].includes(r.status)) refuse('E_STATE', 'err.renovationNotActive', { no: r.no, status: r.status });
  const d = store.getRenovation(s.db, r.id)!;
  return { no: r.no, unitId: r.unit_id, managerName: d.manager_name, managerPhone: d.manager_phone, status: r.status };
}

export interface ApplyOptions {
  contractor?: string;
  licence?: string;
  qualification?: string;
  managerName?: string;
  managerId?: string;
  managerPhone?: string;
  scope?: string;
  start?: string;
  end?: string;
  owner?: string;
  gas?: boolean;
  emissions?: boolean;
}

/** `renovate apply`: the unit must be handed over; status `applied` while documents are missing. */
export function apply(io: Io, unitCode: string, o: ApplyOptions) {
  return write(io, (s) => {
    const unit = requireUnit(s, unitCode);
    const open = store.openRenovationOfUnit(s.db, unit.id);
    if (open) refuse('E_EXISTS', 'err.renovationOpen', { unit: unit.code, no: open.no, status: open.status });
    if (!['handed-over', 'occupied', 'leased'].includes(unit.status))
      refuse('E_STATE', 'err.notHandedOver', { unit: unit.code, status: unit.status });
    const scope = (o.scope ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    for (const x of scope)
      if (!(SCOPES as readonly string[]).includes(x)) refuse('E_VALUE', 'err.choice', { flag: 'scope', value: x, choices: SCOPES.join(',') });
    const start = parseInstant(o.start ?? '', s.tz, { flag: 'start', years: s.years }).slice(0, 10);
    const end = parseInstant(o.end ?? '', s.tz, { flag: 'end', years: s.years }).slice(0, 10);
    if (end < start) refuse('E_VALUE', 'err.endBeforeStart', { start, end });
    const r = createRecord(s, {
      type: 'renovation',
      prefix: PREFIXES.renovation,
      status: 'applied',
      unitId: unit.id,
      data: { contractor: o.contractor, scope },
    });
    store.insertRenovation(s.db, {
      record_id: r.id,
      owner: o.owner ? text(o.owner, 'owner', 64) : null,
      contractor: text(o.contractor, 'contractor', 100),
      licence: normalizeCreditCode(o.licence ?? '', 'licence'),
      qualification: o.qualification ? text(o.qualification, 'qualification', 100) : null,
      manager_name: text(o.managerName, 'manager-name', 64),
      manager_id: normalizeIdNumber(o.managerId ?? '', 'manager-id'),
      manager_phone: normalizePhone(o.managerPhone ?? '', 'manager-phone'),
      scope: JSON.stringify(scope),
      gas: o.gas ? 1 : 0,
      emissions: o.emissions ? 1 : 0,
      start_date: start,
      end_date: end,
    });
    return view(s, r);
  });
}

/** `renovate doc`: when the last missing document arrives, review starts (5 working days). */
export function doc(io: Io, no: string, docs: string[]) {
  return write(io, (s) => {
    const { r, d } = load(s, no);
    if (r.status !== 'applied') refuse('E_STATE', 'err.state', { no: r.no, status: r.status, to: 'applied', allowed: '-' });
    const need = requiredDocs(JSON.parse(d.scope), !!d.gas, !!d.emissions);
    for (const x of docs) {
      if (!(ALL_DOCS as readonly string[]).includes(x)) refuse('E_VALUE', 'err.choice', { flag: 'doc', value: x, choices: need.join(' ') });
      if (!need.includes(x)) refuse('E_VALUE', 'err.renovationDocNotNeeded', { doc: x, docs: need.join(' ') });
      store.addDoc(s.db, r.id, x, s.at);
    }
    addEvent(s, r, 'doc', { docs });
    let cur = r;
    if (!missingDocs(s, r, d).length) {
      // R-301 / §0a: the stopped clock starts when the last missing item arrives.
      cur = move(s, r, RENOVATION_MACHINE, 'reviewing', 'complete-file', {});
      openDeadline(s, cur, 'review', 'R-301.review', s.at);
    }
    return view(s, cur);
  });
}

export function approve(io: Io, no: string, o: { conditions?: string }) {
  return write(io, (s) => {
    const { r } = load(s, no);
    const moved = move(s, r, RENOVATION_MACHINE, 'approved', 'approve', { conditions: o.conditions });
    store.updateRenovation(s.db, r.id, { conditions: o.conditions ? text(o.conditions, 'conditions', 1000) : null });
    closeDeadline(s, r, 'review');
    return view(s, moved);
  });
}

export function reject(io: Io, no: string, o: { reason?: string }) {
  return write(io, (s) => {
    const { r } = load(s, no);
    const reason = text(o.reason, 'reason', 500);
    const moved = move(s, r, RENOVATION_MACHINE, 'rejected', 'reject', { reason });
    store.updateRenovation(s.db, r.id, { reject_reason: reason });
    closeDeadline(s, r, 'review');
    return view(s, moved);
  });
}

function fees(s: Session): Fees {
  return s.profile.fees as unknown as Fees;
}

/** `renovate pay`: collect what is due, issue the permit, the site becomes active. */
export function pay(io: Io, no: string, o: { receipt?: string }) {
  return write(io, (s) => {
    const { r, d } = load(s, no);
    const moved = move(s, r, RENOVATION_MACHINE, 'active', 'pay', {});
    const unpaid = store.passesOf(s.db, r.id).filter((p) => !p.fee_paid);
    for (const f of feesAtPayment(fees(s), unpaid.length))
      post(s, r, { item: f.item, direction: 'received', amountFen: f.amountFen, receiptNo: o.receipt ?? null });
    for (const p of unpaid) store.updatePass(s.db, p.id, { fee_paid: 1 });
    const permit = `${r.no}-XK`;
    store.updateRenovation(s.db, r.id, { permit_no: permit });
    // a hot-work scope gets its hot-work permit 动火许可证 with the construction permit, so no
    // work starts without it (the fire approval is already among the documents, R-300).
    if (hotWork(d)) addEvent(s, moved, 'hot-work-permit', { permit: hotWorkPermitNo(r.no) });
    const unit = getUnitById(s.db, r.unit_id!)!;
    store.updateRenovation(s.db, r.id, { prev_unit_status: unit.status });
    if (unit.status !== 'renovating') setUnitStatus(s.db, unit, 'renovating', s.at, s.io.clerk, r.id);
    planInspections(s, moved, d);
    return { ...view(s, moved), permit, hotWorkPermit: hotWork(d) ? hotWorkPermitNo(r.no) : null };
  });
}

function hotWork(d: store.RenovationRow): boolean {
  return (JSON.parse(d.scope) as string[]).includes('hot-work');
}

function hotWorkPermitNo(no: string): string {
  return `${no}-DH`;
}

/**
 * two inspections a day (morning, afternoon) within the season's patrol hours, for every
 * planned day, as deadline rows (so `report due` and `list --overdue` stay single queries). Only
 * slots still ahead of the payment are opened: a site paid at 15:00 has not missed that morning.
 */
function planInspections(s: Session, r: RecordRow, d: store.RenovationRow): void {
  const today = localDate(s.at, s.tz);
  const from = d.start_date > today ? d.start_date : today;
  const perDay = Number(s.profile.renovation.inspectionsPerDay ?? 2);
  for (const slot of inspectionSlots(from, d.end_date, s.profile.renovation.seasons, perDay)) {
    const due = atLocal(slot.date, slot.time, s.tz);
    if (Date.parse(due) > Date.parse(s.at)) openDeadlineAt(s, r, slot.step, 'R-304', due);
  }
}

/** `renovate worker add`: a numbered pass with expiry; after payment its fee and deposit are collected at issue. */
export function workerAdd(io: Io, no: string, o: { name?: string; idNumber?: string }) {
  return write(io, (s) => {
    const { r, d } = load(s, no);
    if (!['approved', 'active', 'stopped', 'reviewing', 'applied'].includes(r.status) || r.voided)
      refuse('E_STATE', 'err.state', { no: r.no, status: r.status, to: 'worker', allowed: '-' });
    const passes = store.passesOf(s.db, r.id);
    const passNo = `${r.no}-P${String(passes.length + 1).padStart(2, '0')}`;
    const valid = Number(s.profile.renovation.workerPassValidDays ?? 90);
    const expires = atLocal(
      addDays(localDate(s.at, s.tz), valid) < d.end_date ? addDays(localDate(s.at, s.tz), valid) : d.end_date,
      '23:59:59',
      s.tz,
    );
    const paidNow = r.status === 'active' || r.status === 'stopped';
    store.insertPass(s.db, {
      record_id: r.id,
      pass_no: passNo,
      name: text(o.name, 'name', 64),
      id_number: normalizeIdNumber(o.idNumber ?? '', 'id-number'),
      issued_at: s.at,
      expires_at: expires,
      fee_paid: paidNow ? 1 : 0,
    });
    if (paidNow) {
      post(s, r, { item: 'pass-fee', direction: 'received', amountFen: fees(s).workerPassFeeFen });
      post(s, r, { item: 'pass-deposit', direction: 'received', amountFen: fees(s).workerPassDepositFen });
    }
    addEvent(s, r, 'worker-add', { pass: passNo, name: o.name });
    return { no: r.no, pass: passNo, expiresAt: expires, feeCollected: paidNow };
  });
}

function loadPass(s: Session, passNo: string) {
  const p = store.passByNo(s.db, passNo.trim());
  if (!p) refuse('E_NOT_FOUND', 'err.noPass', { pass: passNo });
  return { p, r: getRecordById(s.db, p.record_id)! };
}

/** A pass can be returned or reported lost only while its site's deposits are still held. */
function passOpen(p: store.PassRow, r: RecordRow): void {
  if (p.status !== 'active') refuse('E_STATE', 'err.passNotActive', { pass: p.pass_no, status: p.status });
  if (r.voided || ['closed', 'rejected'].includes(r.status)) refuse('E_STATE', 'err.passSiteClosed', { pass: p.pass_no, no: r.no, status: r.status });
}

/**
 * money leaves a renovation's deposits only while they hold it. Checked inside
 * the command's transaction, so two clerks (or a refund then a pass return) cannot pay twice.
 */
function payOut(s: Session, r: RecordRow, e: { item: string; direction: 'refunded' | 'deducted'; amountFen: number; receiptNo?: string | null }) {
  const held = sums(s, r).heldFen;
  if (e.amountFen > held) refuse('E_STATE', 'err.heldShort', { no: r.no, amount: formatFen(e.amountFen), held: formatFen(held) });
  post(s, r, e);
}

/** `renovate worker return <pass>`: the pass deposit is refunded. */
export function workerReturn(io: Io, passNo: string) {
  return write(io, (s) => {
    const { p, r } = loadPass(s, passNo);
    passOpen(p, r);
    store.updatePass(s.db, p.id, { status: 'returned' });
    if (p.fee_paid) payOut(s, r, { item: 'pass-deposit', direction: 'refunded', amountFen: fees(s).workerPassDepositFen });
    addEvent(s, r, 'worker-return', { pass: p.pass_no });
    return { pass: p.pass_no, status: 'returned', ...sums(s, r) };
  });
}

/** `renovate worker lost <pass>`: the lost-pass amount is deducted from the contractor's deposit. */
export function workerLost(io: Io, passNo: string) {
  return write(io, (s) => {
    const { p, r } = loadPass(s, passNo);
    passOpen(p, r);
    store.updatePass(s.db, p.id, { status: 'lost' });
    payOut(s, r, { item: 'lost-pass', direction: 'deducted', amountFen: fees(s).lostPassFen });
    addEvent(s, r, 'worker-lost', { pass: p.pass_no });
    return { pass: p.pass_no, status: 'lost', ...sums(s, r) };
  });
}

/** `renovate inspect`: a passing check, or a violation with a rectification notice, optionally stop-work. */
export function inspect(io: Io, no: string, o: { ok?: boolean; violation?: string; deadline?: string; stopWork?: boolean }) {
  return write(io, (s) => {
    const { r } = load(s, no);
    if (!['active', 'stopped'].includes(r.status) || r.voided)
      refuse('E_STATE', 'err.state', { no: r.no, status: r.status, to: 'inspect', allowed: RENOVATION_MACHINE.verbs?.active ?? '-' });
    if (!!o.ok === !!o.violation) refuse('E_USAGE', 'err.inspectChoice');
    // Close the slot of this inspection: the morning one before noon, else the afternoon one.
    const day = localDate(s.at, s.tz);
    closeDeadline(s, r, `inspect-${day}-${slotOf(s.at.slice(11, 19))}`);
    let cur = r;
    if (o.ok) {
      store.addInspection(s.db, {
        recordId: r.id,
        at: s.at,
        result: 'ok',
        violation: null,
        deadline: null,
        stopWork: false,
        noticeNo: null,
        clerk: s.io.clerk,
      });
      for (const no of store.noticeNosOf(s.db, r.id)) closeDeadline(s, r, `rectify-${no}`);
      if (r.status === 'stopped')
        cur = move(s, r, RENOVATION_MACHINE, 'active', 'resume', {}); // re-inspection passed
      else addEvent(s, r, 'inspect', { result: 'ok' });
      return view(s, cur);
    }
    const violation = text(o.violation, 'violation', 500);
    const deadline = o.deadline !== undefined ? parseInstant(o.deadline, s.tz, { flag: 'deadline', endOfDay: true, years: s.years }) : null;
    const noticeNo = `${r.no}-N${String(store.noticeNosOf(s.db, r.id).length + 1).padStart(2, '0')}`;
    store.addInspection(s.db, {
      recordId: r.id,
      at: s.at,
      result: 'violation',
      violation,
      deadline,
      stopWork: !!o.stopWork,
      noticeNo,
      clerk: s.io.clerk,
    });
    if (deadline) openDeadlineAt(s, r, `rectify-${noticeNo}`, 'R-305', deadline);
    if (o.stopWork && r.status === 'active') cur = move(s, r, RENOVATION_MACHINE, 'stopped', 'stop-work', { notice: noticeNo, violation });
    else addEvent(s, r, 'violation', { notice: noticeNo, violation });
    return { ...view(s, cur), notice: noticeNo };
  });
}

/** `renovate release`: a release slip for goods leaving. */
export function releaseSlip(io: Io, no: string, o: { items?: string }) {
  return write(io, (s) => {
    const { r } = load(s, no);
    if (!['approved', 'active', 'stopped', 'accepted'].includes(r.status) || r.voided)
      refuse('E_STATE', 'err.state', { no: r.no, status: r.status, to: 'release', allowed: '-' });
    const slip = `${r.no}-F${String(store.slipsOf(s.db, r.id).length + 1).padStart(2, '0')}`;
    store.addSlip(s.db, r.id, slip, text(o.items, 'items', 500), s.at);
    addEvent(s, r, 'release', { slip });
    return { no: r.no, slip };
  });
}

/** What a site still has out before its deposits go back: worker passes, open rectifications, keys lent to its contractor. */
export interface Outstanding {
  passes: string[];
  rectifications: string[];
  keys: string[];
}

/** Keys lent to a renovation's contractor (keys workflow, injected by the command). */
export type KeysOutOf = (s: Session, renovationNo: string) => string[];

function outstandingOf(s: Session, r: RecordRow, keysOut?: KeysOutOf): Outstanding {
  return {
    passes: store
      .passesOf(s.db, r.id)
      .filter((p) => p.status === 'active')
      .map((p) => p.pass_no),
    rectifications: store.openRectifications(s.db, r.id),
    keys: keysOut ? keysOut(s, r.no) : [],
  };
}

/** The list as lines for a refusal or a confirmation. */
export function outstandingLines(io: Io, o: Outstanding): string[] {
  return [
    ...o.passes.map((p) => io.t('renovate.out.pass', { pass: p })),
    ...o.rectifications.map((n) => io.t('renovate.out.rectify', { notice: n })),
    ...o.keys.map((k) => io.t('renovate.out.keys', { no: k })),
  ];
}

/** `renovate refund` at a terminal shows this first and asks. */
export function refundPreview(io: Io, no: string, keysOut?: KeysOutOf): Outstanding & { no: string } {
  return read(io, (s) => {
    const { r } = load(s, no);
    return { no: r.no, ...outstandingOf(s, r, keysOut) };
  });
}

/** `renovate accept`: pass → accepted, refund due within the profile's working days; fail → rectify. */
export function accept(io: Io, no: string, o: { pass?: boolean; fail?: boolean; reason?: string; despiteOpen?: string }) {
  if (!!o.pass === !!o.fail) refuse('E_USAGE', 'err.acceptChoice');
  if (o.despiteOpen !== undefined && !o.pass) refuse('E_USAGE', 'err.despiteOpenPass');
  const despite = o.despiteOpen !== undefined ? text(o.despiteOpen, 'despite-open', 500) : null;
  return write(io, (s) => {
    const { r } = load(s, no);
    if (o.fail) {
      if (!['active', 'stopped'].includes(r.status) || r.voided)
        refuse('E_STATE', 'err.state', { no: r.no, status: r.status, to: 'accepted', allowed: '-' });
      addEvent(s, r, 'accept-fail', { reason: text(o.reason, 'reason', 500) });
      return view(s, r);
    }
    // passes still out or rectifications still open stop the acceptance, unless the clerk says why.
    const open = outstandingOf(s, r);
    const lines = outstandingLines(s.io, open);
    if (lines.length && despite === null && ['active', 'stopped'].includes(r.status) && !r.voided)
      refuse('E_STATE', 'err.acceptOpen', { no: r.no, n: lines.length }, lines);
    const moved = move(s, r, RENOVATION_MACHINE, 'accepted', 'accept', despite === null ? {} : { despiteOpen: despite, open });
    store.updateRenovation(s.db, r.id, { accepted_at: s.at });
    store.cancelInspections(s.db, r.id, s.at);
    store.settleMissedInspections(s.db, r.id, s.at);
    store.settleRectifications(s.db, r.id, s.at);
    openDeadline(s, moved, 'refund', 'R-307.refund', s.at);
    return view(s, moved);
  });
}

/**
 * `renovate refund`: pay back what is held; unreturned passes forfeit their deposit
 * (and can no longer be returned); the site is closed. Every amount is checked against what
 * the deposits hold inside this transaction.
 */
export function refund(io: Io, no: string, o: { receipt?: string }, keysOut?: KeysOutOf) {
  return write(io, (s) => {
    const { r, d } = load(s, no);
    if (r.status !== 'accepted') refuse('E_STATE', 'err.refundBeforeAccept', { no: r.no, status: r.status });
    const outstanding = outstandingOf(s, r, keysOut);
    for (const p of store.passesOf(s.db, r.id))
      if (p.status === 'active') {
        store.updatePass(s.db, p.id, { status: 'lost' }); // not returned by the refund: its deposit is kept
        addEvent(s, r, 'worker-forfeit', { pass: p.pass_no });
        if (p.fee_paid) payOut(s, r, { item: 'unreturned-pass', direction: 'deducted', amountFen: fees(s).workerPassDepositFen });
      }
    const before = sums(s, r);
    const f = fees(s);
    const deductedFromDeposits = ledgerOf(s.db, r.id)
      .filter((l) => l.direction === 'deducted' && l.item !== 'unreturned-pass')
      .reduce((a, l) => a + l.amount_fen, 0);
    const { ownerFen: ownerBack, contractorFen: contractorBack } = refundSplit(f.renovationDepositOwnerFen, before.heldFen);
    if (ownerBack) payOut(s, r, { item: 'deposit-owner', direction: 'refunded', amountFen: ownerBack, receiptNo: o.receipt ?? null });
    if (contractorBack) payOut(s, r, { item: 'deposit-contractor', direction: 'refunded', amountFen: contractorBack, receiptNo: o.receipt ?? null });
    const moved = move(s, r, RENOVATION_MACHINE, 'closed', 'refund', { ownerBack, contractorBack, deductedFromDeposits });
    closeDeadline(s, r, 'refund');
    const unit = getUnitById(s.db, r.unit_id!)!;
    if (unit.status === 'renovating')
      setUnitStatus(
        s.db,
        unit,
        d.prev_unit_status && d.prev_unit_status !== 'renovating' ? d.prev_unit_status : 'handed-over',
        s.at,
        s.io.clerk,
        r.id,
      );
    return { ...view(s, moved), ...sums(s, r), outstanding };
  });
}

/**
 * `renovate deduct`: damage to public areas taken from the deposit, or with
 * `--lost-permit` the profile's lost-permit amount (R-302: 100 yuan; the permit is reissued).
 */
export function deduct(io: Io, no: string, o: { amount?: string; reason?: string; lostPermit?: boolean }) {
  return write(io, (s) => {
    const { r } = load(s, no);
    if (r.voided || ['closed', 'rejected', 'applied', 'reviewing', 'approved'].includes(r.status))
      refuse('E_STATE', 'err.state', { no: r.no, status: r.status, to: 'deduct', allowed: '-' });
    if (o.lostPermit && o.amount !== undefined) refuse('E_USAGE', 'err.deductChoice');
    const amountFen = o.lostPermit ? fees(s).lostPermitFen : parseYuan(o.amount ?? '', 'amount');
    if (amountFen > sums(s, r).heldFen) refuse('E_VALUE', 'err.deductTooMuch', { held: formatFen(sums(s, r).heldFen) });
    if (o.lostPermit) {
      post(s, r, { item: 'lost-permit', direction: 'deducted', amountFen });
      addEvent(s, r, 'permit-lost', { reason: o.reason?.trim() ? text(o.reason, 'reason', 500) : null });
    } else post(s, r, { item: `damage: ${text(o.reason, 'reason', 200)}`, direction: 'deducted', amountFen });
    return { no: r.no, ...sums(s, r) };
  });
}

function sums(s: Session, r: RecordRow, entries?: LedgerRow[]) {
  return ledgerSums((entries ?? ledgerOf(s.db, r.id)).map((l) => ({ item: l.item, direction: l.direction, amountFen: l.amount_fen })));
}

/** `renovate ledger <no> --json` exactly as cli.md. */
export function ledger(io: Io, no: string) {
  return read(io, (s) => {
    const { r } = load(s, no);
    return {
      entries: ledgerOf(s.db, r.id).map((l) => ({
        item: l.item,
        direction: l.direction,
        amountFen: l.amount_fen,
        at: l.at,
        receiptNo: l.receipt_no,
      })),
      ...sums(s, r),
    };
  });
}

/** R-304 overdue inspections are deadlines; voiding or rejecting stops those still ahead. */
export function onVoid(s: Session, r: RecordRow): void {
  store.cancelInspections(s.db, r.id, s.now);
  dropDeadline(s, r, 'review');
  // The unit goes back to what it was before the site started (R-103 history through setUnitStatus).
  const d = store.getRenovation(s.db, r.id);
  const unit = r.unit_id ? getUnitById(s.db, r.unit_id) : undefined;
  if (d?.permit_no && unit?.status === 'renovating')
    setUnitStatus(s.db, unit, d.prev_unit_status && d.prev_unit_status !== 'renovating' ? d.prev_unit_status : 'handed-over', s.at, s.io.clerk, r.id);
}

/** A renovation's JSON: the common fields and its own (kind.detail; every record a use-case loads has its row). */
function view(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind) as RecordJson & RenovationDetail;
}

function detail(s: Session, r: RecordRow, unmask: boolean): RenovationDetail | Record<string, never> {
  const d = store.getRenovation(s.db, r.id);
  return d ? renovationDetail(s, r, d, unmask) : {}; // no detail row: the common fields only
}

/** The fields of a renovation in its JSON (`show`, `list --json`) and its forms. */
export type RenovationDetail = ReturnType<typeof renovationDetail>;

/** What details() read for a whole list (issue 23). */
type RenovationPre = ReturnType<typeof store.renovationsBatch> & { ledgers: Map<number, LedgerRow[]> };

/** kind.details: detail() of every listed row, one statement per table (issue 23). */
function details(s: Session, rows: RecordRow[], unmask: boolean): Array<RenovationDetail | Record<string, never>> {
  const ids = rows.map((r) => r.id);
  const pre = { ...store.renovationsBatch(s.db, ids), ledgers: ledgersOf(s.db, ids) };
  return rows.map((r) => {
    const d = pre.renovations.get(r.id);
    return d ? renovationDetail(s, r, d, unmask, pre) : {}; // no detail row: the common fields only
  });
}

function renovationDetail(s: Session, r: RecordRow, d: store.RenovationRow, unmask: boolean, pre?: RenovationPre) {
  return {
    owner: d.owner,
    contractor: d.contractor,
    licence: d.licence,
    qualification: d.qualification,
    managerName: d.manager_name,
    managerId: unmask ? d.manager_id : mask(d.manager_id),
    managerPhone: unmask ? d.manager_phone : maskPhone(d.manager_phone),
    scope: JSON.parse(d.scope),
    gas: !!d.gas,
    emissions: !!d.emissions,
    start: d.start_date,
    end: d.end_date,
    missingDocs: r.status === 'applied' ? missingDocs(s, r, d, pre && (pre.docs.get(r.id) ?? []).map((x) => x.doc)) : [],
    conditions: d.conditions,
    rejectReason: d.reject_reason,
    permit: d.permit_no,
    hotWorkPermit: d.permit_no && hotWork(d) ? hotWorkPermitNo(r.no) : null,
    passes: (pre ? (pre.passes.get(r.id) ?? []) : store.passesOf(s.db, r.id)).map((p) => ({
      no: p.pass_no,
      name: p.name,
      status: passStatus(p.status, p.expires_at, Date.parse(s.now)),
      expiresAt: p.expires_at,
    })),
    inspections: pre ? (pre.inspections.get(r.id)?.n ?? 0) : store.inspectionCount(s.db, r.id),
    acceptedAt: d.accepted_at,
    ...sums(s, r, pre && (pre.ledgers.get(r.id) ?? [])),
  };
}

export const kind: Kind = {
  ...INFO,
  monthlySection,
  monthlyTrend,
  detail,
  details,
  onVoid,
  exportColumns: {
    header: ['csv.contractor', 'csv.manager', 'csv.phone', 'csv.scope', 'csv.start', 'csv.end', 'csv.held'],
    row: (s, r, unmask) => {
      const d = detail(s, r, unmask);
      return [d.contractor, d.managerName, d.managerPhone, (d.scope as string[]).join(' '), d.start, d.end, formatFen(d.heldFen as number)];
    },
  },
  print(s, r, unmask) {
    const d = detail(s, r, unmask);
    const rv = s.profile.renovation;
    const rules = { stop: rv.workStops, debrisFrom: rv.debrisWindow?.[0], debrisTo: rv.debrisWindow?.[1] };
    const base = { no: r.no, unit: r.unit_code, createdAt: r.event_at, status: r.status, ...d, rules };
    const forms: Array<{ template: string; title: string; data: Record<string, unknown> }> = [
      { template: 'renovate-application', title: s.io.t('renovate.form.application'), data: base },
    ];
    if (d.permit) forms.push({ template: 'renovate-permit', title: s.io.t('renovate.form.permit'), data: base });
    if (d.hotWorkPermit) forms.push({ template: 'renovate-hotwork', title: s.io.t('renovate.form.hotWork'), data: base });
    for (const p of store.passesOf(s.db, r.id).filter((x) => x.status === 'active'))
      forms.push({
        template: 'renovate-pass',
        title: s.io.t('renovate.form.pass'),
        data: { ...base, pass: { no: p.pass_no, name: p.name, idNumber: unmask ? p.id_number : mask(p.id_number), expiresAt: p.expires_at } },
      });
    for (const n of store.inspectionsOf(s.db, r.id).filter((x) => x.notice_no))
      forms.push({ template: 'renovate-notice', title: s.io.t('renovate.form.notice'), data: { ...base, notice: n } });
    for (const sl of store.slipsOf(s.db, r.id))
      forms.push({ template: 'renovate-slip', title: s.io.t('renovate.form.slip'), data: { ...base, slip: sl } });
    return forms;
  },
};

export function monthlySection(s: Session, from: string, to: string) {
  return { ...store.renovationMonth(s.db, from, to), ...store.renovationMoney(s.db, from, to), heldFen: store.heldAt(s.db, to) };
}

/** The renovation series of the 12-month trends (issue 22): renovations active at each month's end. */
export function monthlyTrend(s: Session, months: TrendMonth[]): ReturnType<MonthlyTrend> {
  return bySeries(store.activeTrend(s.db, monthsParam(months)));
}
