// Renovation permits through the binary (§3, R-300…R-308).
import { describe, expect, it } from 'vitest';
import { estate, fixture, sha } from './helpers.js';

const APPLY = [
  'renovate',
  'apply',
  'A-1-201',
  '--contractor',
  '美家装饰',
  '--licence',
  '91350100M000100Y43',
  '--manager-name',
  '刘工',
  '--manager-id',
  '310104201203054565',
  '--manager-phone',
  '13700002222',
  '--start',
  '2026-10-08',
  '--end',
  '2026-10-20',
];
const BASE = ['owner-proof', 'drawings', 'contract', 'licence', 'qualification', 'manager-id', 'guarantee'];

// Issue 23: applied with every document and approved, once per file; each test gets a copy.
const approved = fixture((e) => {
  const no = e.run(['--json', ...APPLY, '--scope', 'plumbing']).json().no as string;
  e.run(['renovate', 'doc', no, ...BASE]);
  e.run(['renovate', 'approve', no]);
  return { no };
});

describe('renovate', () => {
  it('the whole life of a permit with the exact sums of R-302 at each step', () => {
    const { run } = estate();
    const no = run(['--json', ...APPLY, '--scope', 'plumbing,electrical']).json().no;
    // the 5-working-day clock starts with the last document, across the National Day holiday
    // (Oct 1–7 off, Sat Oct 10 a make-up workday): from Sep 30 → Oct 13.
    expect(run(['--json', 'renovate', 'doc', no, ...BASE]).json()).toMatchObject({
      status: 'reviewing',
      dueAt: '2026-10-13T23:59:59+08:00',
      missingDocs: [],
    });
    run(['renovate', 'worker', 'add', no, '--name', '工人甲', '--id-number', '11010519491231002X']);
    run(['renovate', 'approve', no, '--conditions', '不得改动承重墙']);
    const ledger = () => run(['--json', 'renovate', 'ledger', no]).json();
    run(['renovate', 'pay', no, '--receipt', 'SJ-1']);
    // permit 20 + maintenance 300 + deposits 1000 + 1000 + the pass issued before payment 5 + 20
    expect(ledger()).toMatchObject({ receivedFen: 234500, refundedFen: 0, deductedFen: 0, heldFen: 202000 });
    expect(run(['--json', 'renovate', 'worker', 'add', no, '--name', '工人乙', '--id-number', '31010119800101123X']).json()).toMatchObject({
      pass: `${no}-P02`,
      feeCollected: true,
    });
    expect(ledger()).toMatchObject({ receivedFen: 237000, heldFen: 204000 });
    run(['renovate', 'worker', 'return', `${no}-P02`]);
    expect(ledger()).toMatchObject({ refundedFen: 2000, heldFen: 202000 });
    run(['renovate', 'worker', 'lost', `${no}-P01`]);
    expect(ledger()).toMatchObject({ deductedFen: 10000, heldFen: 192000 });
    expect(run(['--json', 'unit', 'show', 'A-1-201']).json().status).toBe('renovating');
    run(['renovate', 'accept', no, '--pass'], { PMDESK_NOW: '2026-10-20T16:00:00+08:00' });
    expect(
      run(['--json', 'renovate', 'show', no])
        .json()
        .deadlines.find((d: any) => d.step === 'refund'),
    ).toMatchObject({ rule: 'R-307.refund', dueAt: '2026-10-23T23:59:59+08:00' });
    // The inspections missed before acceptance stay missed (late) but no longer show as overdue.
    const acc = run(['--json', 'renovate', 'show', no], { PMDESK_NOW: '2026-10-20T16:00:00+08:00' }).json();
    expect(acc.deadlines.find((d: any) => d.step === 'inspect-2026-10-08-am')).toMatchObject({
      doneAt: '2026-10-20T16:00:00+08:00',
      late: true,
      overdue: false,
    });
    expect(acc.deadlines.find((d: any) => d.step === 'inspect-2026-10-20-pm')).toMatchObject({ cancelled: true, doneAt: null, overdue: false }); // after acceptance
    expect(run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-10-20T16:00:01+08:00' }).json().overdue).toEqual([]);
    const closed = run(['--json', 'renovate', 'refund', no], { PMDESK_NOW: '2026-10-21T10:00:00+08:00' }).json();
    expect(closed).toMatchObject({ status: 'closed', receivedFen: 237000, refundedFen: 194000, deductedFen: 10000, heldFen: 0 });
    expect(run(['--json', 'unit', 'show', 'A-1-201']).json().status).toBe('handed-over');
    expect(ledger().entries[0]).toMatchObject({ item: 'permit-fee', amountFen: 2000, receiptNo: 'SJ-1' });
  });

  it('documents follow the scope (R-300): hot work needs the fire approval', () => {
    const { run } = estate();
    const r = run(['--json', ...APPLY, '--scope', 'hot-work', '--gas']).json();
    expect(r.missingDocs).toEqual([...BASE, 'fire-approval', 'gas-approval']);
    expect(run(['--json', 'renovate', 'doc', r.no, 'env-approval']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'renovate', 'doc', r.no, ...BASE, 'fire-approval']).json().status).toBe('applied');
  });

  it('refuses: unit not handed over, approve while documents are missing, refund before acceptance', () => {
    const { db, run } = estate();
    const before = sha(db);
    expect(run(['--json', ...APPLY.map((a) => (a === 'A-1-201' ? 'A-1-101' : a)), '--scope', 'plumbing']).err().message).toMatch(/handed-over unit/);
    expect(sha(db)).toBe(before);
    const no = run(['--json', ...APPLY, '--scope', 'plumbing']).json().no;
    const mid = sha(db);
    expect(run(['--json', 'renovate', 'approve', no]).err().message).toMatch(/applied: it cannot go to approved/);
    expect(run(['--json', 'renovate', 'refund', no]).err().message).toMatch(/refunded after the acceptance/);
    expect(sha(db)).toBe(mid);
  });

  it('inspections twice a day: missed ones are overdue; a violation with stop-work until re-inspection (R-304, R-305)', () => {
    const { run, no } = approved();
    run(['renovate', 'pay', no]);
    const due = run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-10-08T12:00:01+08:00' }).json();
    expect(due.overdue).toEqual([expect.objectContaining({ no, step: 'inspect-2026-10-08-am', dueAt: '2026-10-08T12:00:00+08:00' })]);
    expect(run(['--json', 'renovate', 'list', '--overdue'], { PMDESK_NOW: '2026-10-08T12:00:01+08:00' }).json()).toHaveLength(1);
    const v = run(['--json', 'renovate', 'inspect', no, '--violation', '现场无灭火器', '--deadline', '2026-10-09', '--stop-work'], {
      PMDESK_NOW: '2026-10-08T15:00:00+08:00',
    }).json();
    expect(v).toMatchObject({ status: 'stopped', notice: `${no}-N01` });
    expect(run(['--json', 'renovate', 'inspect', no, '--ok'], { PMDESK_NOW: '2026-10-09T09:00:00+08:00' }).json().status).toBe('active');
    const html = run(['--lang', 'zh', 'renovate', 'print', no]).stdout;
    for (const s of ['施工许可证', '整改通知单', '现场无灭火器', '装修申请审批表']) expect(html).toContain(s);
    const m = run(['--json', 'report', 'monthly', '--month', '2026-10'], { PMDESK_NOW: '2026-11-01T09:00:00+08:00' }).json().renovations;
    expect(m).toMatchObject({ inspectionsDone: 2, inspectionsRequired: 26, violations: 1 });
  });

  it('keys lend --contractor: only the responsible person may borrow (R-702)', () => {
    const { run, no } = approved();
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    expect(
      run(['--json', 'keys', 'lend', 'K0001', '--to', '别人', '--phone', '13700002222', '--reason', '装修', '--contractor', no]).err().message,
    ).toMatch(/only the responsible person/);
    const loan = run(['--json', 'keys', 'lend', 'K0001', '--to', '刘工', '--phone', '13700002222', '--reason', '装修', '--contractor', no]).json();
    expect(run(['--json', 'keys', 'return', loan.no]).json().status).toBe('inspecting');
    expect(run(['--json', 'keys', 'return', loan.no, '--inspection', 'pass']).json().status).toBe('closed');
  });

  it('R-301 stopped clock: the review deadline runs from the last missing document, across National Day (just before / just after)', () => {
    const { run } = estate();
    const no = run(['--json', ...APPLY, '--scope', 'plumbing', '--gas'], { PMDESK_NOW: '2026-09-25T09:00:00+08:00' }).json().no;
    // Everything but the gas approval on Sep 25: still applied, no review deadline yet.
    const part = run(['--json', 'renovate', 'doc', no, ...BASE], { PMDESK_NOW: '2026-09-25T09:30:00+08:00' }).json();
    expect(part).toMatchObject({ status: 'applied', missingDocs: ['gas-approval'], dueAt: null });
    const approveEarly = run(['--json', 'renovate', 'approve', no]);
    expect(approveEarly.code).toBe(2);
    expect(approveEarly.err().code).toBe('E_STATE');
    // The last one arrives Sep 30 10:00: 5 working days → Oct 8, 9, 10 (make-up Saturday), 12, 13.
    const full = run(['--json', 'renovate', 'doc', no, 'gas-approval']).json();
    expect(full).toMatchObject({ status: 'reviewing', missingDocs: [], dueAt: '2026-10-13T23:59:59+08:00' });
    const show = (now: string) => run(['--json', 'renovate', 'show', no], { PMDESK_NOW: now }).json();
    expect(show('2026-10-13T23:59:59+08:00')).toMatchObject({ overdue: false });
    expect(show('2026-10-14T00:00:00+08:00')).toMatchObject({ overdue: true });
    expect(show('2026-10-14T00:00:00+08:00').deadlines).toEqual([
      expect.objectContaining({ step: 'review', rule: 'R-301.review', dueAt: '2026-10-13T23:59:59+08:00', overdue: true }),
    ]);
    // Approving late closes the step and leaves it marked late.
    run(['renovate', 'approve', no], { PMDESK_NOW: '2026-10-14T09:00:00+08:00' });
    expect(show('2026-10-14T09:00:00+08:00').deadlines[0]).toMatchObject({
      step: 'review',
      doneAt: '2026-10-14T09:00:00+08:00',
      late: true,
      overdue: false,
    });
  });

  it('R-300 structure needs the fire approval, emissions the environmental one; documents outside the scope are refused', () => {
    const { db, run } = estate();
    const r = run(['--json', ...APPLY, '--scope', 'structure,facade', '--emissions']).json();
    expect(r).toMatchObject({ status: 'applied', scope: ['structure', 'facade'], missingDocs: [...BASE, 'fire-approval', 'env-approval'] });
    const before = sha(db);
    const bad = run(['--json', 'renovate', 'doc', r.no, 'drawings', 'gas-approval']);
    expect(bad.code).toBe(2);
    expect(bad.err().message).toMatch(/gas-approval.*not needed/);
    expect(run(['--json', 'renovate', 'doc', r.no, 'blueprints']).err().code).toBe('E_VALUE');
    expect(sha(db)).toBe(before); // the valid "drawings" of the refused command was not kept either
    expect(run(['--json', 'renovate', 'doc', r.no, ...BASE, 'fire-approval', 'env-approval']).json().status).toBe('reviewing');
    const scopeBad = run(['--json', ...APPLY, '--scope', 'roof']);
    expect(scopeBad.code).toBe(2);
  });

  it('refusals are exit 2 and write nothing: bad licence, bad ID, second open renovation of a unit, refund before acceptance', () => {
    const { db, run } = estate();
    const before = sha(db);
    const lic = run(['--json', ...APPLY.map((a) => (a === '91350100M000100Y43' ? '91350100M000100Y44' : a)), '--scope', 'plumbing']);
    expect(lic.code).toBe(2);
    const id = run(['--json', ...APPLY.map((a) => (a === '310104201203054565' ? '310104201203054566' : a)), '--scope', 'plumbing']);
    expect(id.code).toBe(2);
    const unsold = run(['--json', ...APPLY.map((a) => (a === 'A-1-201' ? 'A-1-102' : a)), '--scope', 'plumbing']);
    expect([unsold.code, unsold.err().code]).toEqual([2, 'E_STATE']);
    expect(sha(db)).toBe(before);
    const no = run(['--json', ...APPLY, '--scope', 'plumbing']).json().no;
    const mid = sha(db);
    const again = run(['--json', ...APPLY, '--scope', 'electrical']);
    expect([again.code, again.err().code]).toEqual([2, 'E_EXISTS']);
    expect(again.err().message).toContain(no);
    const refund = run(['--json', 'renovate', 'refund', no]);
    expect([refund.code, refund.err().code]).toEqual([2, 'E_STATE']);
    const pay = run(['--json', 'renovate', 'pay', no]);
    expect([pay.code, pay.err().code]).toEqual([2, 'E_STATE']);
    expect(sha(db)).toBe(mid);
    // Occupied units may renovate too (R-300: handed over, lived in or leased).
    expect(run(['--json', ...APPLY.map((a) => (a === 'A-1-201' ? 'B-2-1203' : a)), '--scope', 'electrical']).json().status).toBe('applied');
  });

  it('R-304 a site paid in the afternoon has not missed that morning; the slot is overdue one second after its due time', () => {
    const { run, no } = approved();
    run(['renovate', 'pay', no], { PMDESK_NOW: '2026-10-08T15:00:00+08:00' });
    const steps = run(['--json', 'renovate', 'show', no], { PMDESK_NOW: '2026-10-08T15:00:00+08:00' })
      .json()
      .deadlines.map((d: any) => d.step);
    expect(steps).not.toContain('inspect-2026-10-08-am');
    expect(steps.slice(0, 3)).toEqual(['inspect-2026-10-08-pm', 'inspect-2026-10-09-am', 'inspect-2026-10-09-pm']);
    expect(steps.filter((x: string) => x.startsWith('inspect-'))).toHaveLength(25);
    // Winter patrol hours (from Oct 1) end at 22:00: the afternoon slot is due then.
    const overdue = (now: string) => run(['--json', 'renovate', 'list', '--overdue'], { PMDESK_NOW: now }).json().length;
    expect(overdue('2026-10-08T22:00:00+08:00')).toBe(0);
    expect(overdue('2026-10-08T22:00:01+08:00')).toBe(1);
    // An inspection at 21:30 closes the afternoon slot: nothing overdue after.
    run(['renovate', 'inspect', no, '--ok'], { PMDESK_NOW: '2026-10-08T21:30:00+08:00' });
    expect(overdue('2026-10-08T22:00:01+08:00')).toBe(0);
    // Accepted: the remaining slots are cancelled, the next deadline is the refund.
    const acc = run(['--json', 'renovate', 'accept', no, '--pass'], { PMDESK_NOW: '2026-10-09T10:00:00+08:00' }).json();
    expect(acc).toMatchObject({ status: 'accepted', dueAt: '2026-10-13T23:59:59+08:00' });
    expect(overdue('2026-10-12T12:00:01+08:00')).toBe(0);
    expect(overdue('2026-10-14T00:00:00+08:00')).toBe(1); // refund not paid within 3 working days
  });

  it('stop-work blocks acceptance until a passing re-inspection; a failed acceptance keeps the site active', () => {
    const { run, no } = approved();
    run(['renovate', 'pay', no]);
    expect(run(['--json', 'renovate', 'inspect', no, '--ok', '--violation', 'x']).code).toBe(2);
    const v = run(['--json', 'renovate', 'inspect', no, '--violation', '拆改承重墙', '--deadline', '2026-10-10', '--stop-work'], {
      PMDESK_NOW: '2026-10-08T10:00:00+08:00',
    }).json();
    expect(v).toMatchObject({ status: 'stopped', notice: `${no}-N01` });
    expect(
      run(['--json', 'renovate', 'show', no], { PMDESK_NOW: '2026-10-08T10:00:00+08:00' })
        .json()
        .deadlines.find((d: any) => d.step === `rectify-${no}-N01`),
    ).toMatchObject({ rule: 'R-305', dueAt: '2026-10-10T23:59:59+08:00' });
    const early = run(['--json', 'renovate', 'accept', no, '--pass'], { PMDESK_NOW: '2026-10-09T10:00:00+08:00' });
    expect([early.code, early.err().code]).toEqual([2, 'E_STATE']);
    // A second violation without stop-work while stopped: another notice, still stopped.
    expect(
      run(['--json', 'renovate', 'inspect', no, '--violation', '现场无灭火器'], { PMDESK_NOW: '2026-10-09T15:00:00+08:00' }).json(),
    ).toMatchObject({ status: 'stopped', notice: `${no}-N02` });
    const cleared = run(['--json', 'renovate', 'inspect', no, '--ok'], { PMDESK_NOW: '2026-10-10T09:00:00+08:00' }).json();
    expect(cleared.status).toBe('active');
    const show = run(['--json', 'renovate', 'show', no], { PMDESK_NOW: '2026-10-10T09:00:00+08:00' }).json();
    expect(show.deadlines.find((d: any) => d.step === `rectify-${no}-N01`)).toMatchObject({ doneAt: '2026-10-10T09:00:00+08:00', late: false });
    expect(show.timeline.map((e: any) => e.kind)).toEqual(expect.arrayContaining(['stop-work', 'violation', 'resume']));
    expect(
      run(['--json', 'renovate', 'accept', no, '--fail', '--reason', '卫生间闭水试验渗漏'], { PMDESK_NOW: '2026-10-12T10:00:00+08:00' }).json()
        .status,
    ).toBe('active');
    expect(run(['--json', 'renovate', 'accept', no, '--pass'], { PMDESK_NOW: '2026-10-13T10:00:00+08:00' }).json().status).toBe('accepted');
  });

  it('a rectification still open when the site passes acceptance (--despite-open, issue 16) is settled then, late (R-305)', () => {
    const { run, no } = approved();
    run(['renovate', 'pay', no]);
    run(['renovate', 'inspect', no, '--violation', '垃圾未按时清运', '--deadline', '2026-10-09'], { PMDESK_NOW: '2026-10-08T10:00:00+08:00' });
    run(['renovate', 'accept', no, '--pass', '--despite-open', '验收时已整改完毕'], { PMDESK_NOW: '2026-10-13T10:00:00+08:00' });
    const after = run(['--json', 'renovate', 'show', no], { PMDESK_NOW: '2026-11-30T10:00:00+08:00' }).json();
    expect(after.deadlines.find((d: any) => d.step === `rectify-${no}-N01`)).toMatchObject({
      doneAt: '2026-10-13T10:00:00+08:00',
      late: true,
      overdue: false,
    });
  });

  it('hot work: the hot-work permit comes with the construction permit; prints of permit, hot-work permit, worker pass, notice and release slip', () => {
    const { run } = estate();
    const no = run(['--json', ...APPLY, '--scope', 'hot-work,electrical']).json().no;
    run(['renovate', 'doc', no, ...BASE, 'fire-approval']);
    expect(run(['--json', 'renovate', 'show', no]).json().hotWorkPermit).toBeNull();
    run(['renovate', 'approve', no, '--conditions', '动火须提前一天报备']);
    const paid = run(['--json', 'renovate', 'pay', no]).json();
    expect(paid).toMatchObject({ status: 'active', permit: `${no}-XK`, hotWorkPermit: `${no}-DH` });
    const pass = run(['--json', 'renovate', 'worker', 'add', no, '--name', '焊工甲', '--id-number', '11010519491231002X']).json();
    expect(pass).toMatchObject({ pass: `${no}-P01`, expiresAt: '2026-10-20T23:59:59+08:00', feeCollected: true });
    run(['renovate', 'inspect', no, '--violation', '动火无人监护', '--deadline', '2026-10-09'], { PMDESK_NOW: '2026-10-08T10:00:00+08:00' });
    run(['renovate', 'release', no, '--items', '旧木门两扇']);
    const html = run(['--lang', 'zh', 'renovate', 'print', no]).stdout;
    for (const t of [
      '装修申请审批表',
      '施工许可证',
      `${no}-XK`,
      '动火许可证',
      `${no}-DH`,
      '施工人员出入证',
      `${no}-P01`,
      '110105********002X',
      '整改通知单',
      '动火无人监护',
      '物品放行条',
      '旧木门两扇',
      '19:00',
      '16:00–18:00',
    ])
      expect(html).toContain(t);
    expect(html).not.toContain('11010519491231002X'); // masked on forms
    expect(run(['--lang', 'en', 'renovate', 'print', no]).stdout).toContain('Hot-work permit');
    // A plumbing site gets no hot-work permit form.
    const { run: run2 } = estate();
    const n2 = run2(['--json', ...APPLY, '--scope', 'plumbing']).json().no;
    run2(['renovate', 'doc', n2, ...BASE]);
    run2(['renovate', 'approve', n2]);
    expect(run2(['--json', 'renovate', 'pay', n2]).json().hotWorkPermit).toBeNull();
    expect(run2(['--lang', 'zh', 'renovate', 'print', n2]).stdout).not.toContain('动火许可证');
  });

  it('R-302 a lost permit deducts the profile amount; passes expire; voiding an active site gives the unit back', () => {
    const { run, no } = approved();
    run(['renovate', 'pay', no]);
    run(['renovate', 'worker', 'add', no, '--name', '工人甲', '--id-number', '11010519491231002X']);
    const lost = run(['--json', 'renovate', 'deduct', no, '--lost-permit']).json();
    expect(lost).toMatchObject({ receivedFen: 234500, deductedFen: 10000, heldFen: 192000 });
    expect(run(['--json', 'renovate', 'deduct', no, '--lost-permit', '--amount', '5']).code).toBe(2);
    const tooMuch = run(['--json', 'renovate', 'deduct', no, '--amount', '5000', '--reason', '电梯轿厢划伤']);
    expect([tooMuch.code, tooMuch.err().code]).toEqual([2, 'E_VALUE']);
    expect(run(['--json', 'renovate', 'deduct', no, '--amount', '150.50', '--reason', '电梯轿厢划伤']).json()).toMatchObject({
      deductedFen: 25050,
      heldFen: 176950,
    });
    const passes = (now: string) => run(['--json', 'renovate', 'show', no], { PMDESK_NOW: now }).json().passes;
    expect(passes('2026-10-20T23:59:59+08:00')).toEqual([expect.objectContaining({ no: `${no}-P01`, name: '工人甲', status: 'active' })]);
    expect(passes('2026-10-21T00:00:00+08:00')[0].status).toBe('expired');
    expect(run(['--json', 'unit', 'show', 'A-1-201']).json().status).toBe('renovating');
    run(['renovate', 'void', no, '--reason', '录入错误']);
    expect(run(['--json', 'unit', 'show', 'A-1-201']).json().status).toBe('handed-over');
    expect(run(['--json', 'renovate', 'list', '--overdue'], { PMDESK_NOW: '2026-10-15T12:00:00+08:00' }).json()).toEqual([]);
    // The unit is free for a new application.
    expect(run(['--json', ...APPLY, '--scope', 'plumbing']).json().status).toBe('applied');
  });

  it('human output: ledger table and sums in yuan', () => {
    const { run, no } = approved();
    const paid = run(['renovate', 'pay', no, '--receipt', 'SJ-9']);
    expect(paid.code).toBe(0);
    expect(paid.stdout).toContain(`${no}-XK`);
    const out = run(['--lang', 'zh', 'renovate', 'ledger', no]).stdout;
    expect(out).toContain('施工许可证工本费');
    expect(out).toContain('业主装修保证金');
    expect(out).toContain('收取 2320.00');
    expect(out).toContain('持有押金 2000.00');
    const j = run(['--json', 'renovate', 'ledger', no]).json();
    expect(Object.keys(j).sort()).toEqual(['deductedFen', 'entries', 'heldFen', 'receivedFen', 'refundedFen']);
    expect(j.entries.map((e: any) => e.amountFen)).toEqual([2000, 30000, 100000, 100000]);
  });
});
