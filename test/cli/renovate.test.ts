// Renovation permits through the binary (§3, R-300…R-308).
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

const APPLY = ['renovate', 'apply', 'A-1-201', '--contractor', '美家装饰', '--licence', '91350100M000100Y43', '--manager-name', '刘工', '--manager-id', '310104201203054565', '--manager-phone', '13700002222', '--start', '2026-10-08', '--end', '2026-10-20'];
const BASE = ['owner-proof', 'drawings', 'contract', 'licence', 'qualification', 'manager-id', 'guarantee'];

describe('renovate', () => {
  it('the whole life of a permit with the exact sums of R-302 at each step', () => {
    const { run } = estate();
    const no = run(['--json', ...APPLY, '--scope', 'plumbing,electrical']).json().no;
    // the 5-working-day clock starts with the last document, across the National Day holiday
    // (Oct 1–7 off, Sat Oct 10 a make-up workday): from Sep 30 → Oct 13.
    expect(run(['--json', 'renovate', 'doc', no, ...BASE]).json()).toMatchObject({ status: 'reviewing', dueAt: '2026-10-13T23:59:59+08:00', missingDocs: [] });
    run(['renovate', 'worker', 'add', no, '--name', '工人甲', '--id-number', '11010519491231002X']);
    run(['renovate', 'approve', no, '--conditions', '不得改动承重墙']);
    const ledger = () => run(['--json', 'renovate', 'ledger', no]).json();
    run(['renovate', 'pay', no, '--receipt', 'SJ-1']);
    // permit 20 + maintenance 300 + deposits 1000 + 1000 + the pass issued before payment 5 + 20
    expect(ledger()).toMatchObject({ receivedFen: 234500, refundedFen: 0, deductedFen: 0, heldFen: 202000 });
    expect(run(['--json', 'renovate', 'worker', 'add', no, '--name', '工人乙', '--id-number', '31010119800101123X']).json()).toMatchObject({ pass: `${no}-P02`, feeCollected: true });
    expect(ledger()).toMatchObject({ receivedFen: 237000, heldFen: 204000 });
    run(['renovate', 'worker', 'return', `${no}-P02`]);
    expect(ledger()).toMatchObject({ refundedFen: 2000, heldFen: 202000 });
    run(['renovate', 'worker', 'lost', `${no}-P01`]);
    expect(ledger()).toMatchObject({ deductedFen: 10000, heldFen: 192000 });
    expect(run(['--json', 'unit', 'show', 'A-1-201']).json().status).toBe('renovating');
    run(['renovate', 'accept', no, '--pass'], { PMDESK_NOW: '2026-10-20T16:00:00+08:00' });
    expect(run(['--json', 'renovate', 'show', no]).json().deadlines.find((d: any) => d.step === 'refund')).toMatchObject({ rule: 'R-307.refund', dueAt: '2026-10-23T23:59:59+08:00' });
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
    const { run } = estate();
    const no = run(['--json', ...APPLY, '--scope', 'plumbing']).json().no;
    run(['renovate', 'doc', no, ...BASE]);
    run(['renovate', 'approve', no]);
    run(['renovate', 'pay', no]);
    const due = run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-10-08T12:00:01+08:00' }).json();
    expect(due.overdue).toEqual([expect.objectContaining({ no, step: 'inspect-2026-10-08-am', dueAt: '2026-10-08T12:00:00+08:00' })]);
    expect(run(['--json', 'renovate', 'list', '--overdue'], { PMDESK_NOW: '2026-10-08T12:00:01+08:00' }).json()).toHaveLength(1);
    const v = run(['--json', 'renovate', 'inspect', no, '--violation', '现场无灭火器', '--deadline', '2026-10-09', '--stop-work'], { PMDESK_NOW: '2026-10-08T15:00:00+08:00' }).json();
    expect(v).toMatchObject({ status: 'stopped', notice: `${no}-N01` });
    expect(run(['--json', 'renovate', 'inspect', no, '--ok'], { PMDESK_NOW: '2026-10-09T09:00:00+08:00' }).json().status).toBe('active');
    const html = run(['--lang', 'zh', 'renovate', 'print', no]).stdout;
    for (const s of ['施工许可证', '整改通知单', '现场无灭火器', '装修申请审批表']) expect(html).toContain(s);
    const m = run(['--json', 'report', 'monthly', '--month', '2026-10'], { PMDESK_NOW: '2026-11-01T09:00:00+08:00' }).json().renovations;
    expect(m).toMatchObject({ inspectionsDone: 2, inspectionsRequired: 26, violations: 1 });
  });

  it('keys lend --contractor: only the responsible person may borrow (R-702)', () => {
    const { run } = estate();
    const no = run(['--json', ...APPLY, '--scope', 'plumbing']).json().no;
    run(['renovate', 'doc', no, ...BASE]);
    run(['renovate', 'approve', no]);
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    expect(run(['--json', 'keys', 'lend', 'K0001', '--to', '别人', '--phone', '13700002222', '--reason', '装修', '--contractor', no]).err().message).toMatch(/only the responsible person/);
    const loan = run(['--json', 'keys', 'lend', 'K0001', '--to', '刘工', '--phone', '13700002222', '--reason', '装修', '--contractor', no]).json();
    expect(run(['--json', 'keys', 'return', loan.no]).json().status).toBe('inspecting');
    expect(run(['--json', 'keys', 'return', loan.no, '--inspection', 'pass']).json().status).toBe('closed');
  });
});
