// Repairs through the binary (§5, R-500… ).
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

const NEW = ['repair', 'new', '--unit', 'A-1-101', '--reporter', '王伟', '--phone', '13812345678', '--kind', 'plumbing'];

describe('repair', () => {
  it('a free repair done the same day: on time, followed up within 24 h (R-502, R-503)', () => {
    const { run } = estate();
    const r = run(['--json', ...NEW, '--desc', '厨房水龙头漏水']).json();
    expect(r).toMatchObject({ no: 'BX-2026-0001', status: 'new', dueAt: '2026-09-30T23:59:59+08:00', kind: 'plumbing', urgency: 'normal', public: null, paid: false, amountFen: 0, onTime: null });
    expect(run(['--json', 'repair', 'dispatch', r.no, '--tech', '张师傅']).json().status).toBe('dispatched');
    const done = run(['--json', '--at', '2026-09-30T09:30', 'repair', 'complete', r.no, '--comment', '满意'], { PMDESK_NOW: '2026-09-30T16:00:00+08:00' }).json();
    expect(done).toMatchObject({ status: 'completed', onTime: true, completedAt: '2026-09-30T09:30:00+08:00' });
    const fu = run(['--json', 'followup', 'due'], { PMDESK_NOW: '2026-09-30T16:00:00+08:00' }).json();
    expect(fu).toEqual([expect.objectContaining({ source: r.no, reason: 'R-503', dueAt: '2026-10-01T09:30:00+08:00', overdue: false })]);
    // Just after the 24 h it is overdue (§0a).
    expect(run(['--json', 'followup', 'due', '--today'], { PMDESK_NOW: '2026-10-01T09:30:01+08:00' }).json()[0].overdue).toBe(true);
    const rec = run(['--json', 'followup', 'record', r.no, '--method', 'phone', '--satisfaction', 'satisfied']).json();
    expect(rec).toMatchObject({ source: r.no, sourceStatus: 'closed' });
  });

  it('paid work waits for consent; completion needs the amount and the receipt (R-501, R-003)', () => {
    const { db, run } = estate();
    const no = run(['--json', ...NEW, '--desc', '更换门锁']).json().no;
    run(['repair', 'dispatch', no, '--tech', '李师傅']);
    expect(run(['--json', 'repair', 'quote', no, '--amount', '80']).json().status).toBe('quoted');
    const before = sha(db);
    const refused = run(['--json', 'repair', 'complete', no, '--paid', '80', '--receipt', 'SJ-1']);
    expect(refused.code).toBe(2);
    expect(refused.err().code).toBe('E_STATE');
    expect(refused.err().message).toMatch(/repair quote BX-2026-0001 --consent/);
    expect(sha(db)).toBe(before);
    expect(run(['--json', 'repair', 'quote', no, '--consent']).json().status).toBe('in-progress');
    expect(run(['--json', 'repair', 'complete', no]).err().message).toMatch(/--paid <yuan> --receipt/);
    const done = run(['--json', 'repair', 'complete', no, '--paid', '80', '--receipt', 'SJ-000123']).json();
    expect(done).toMatchObject({ status: 'completed', paid: true, amountFen: 8000, receiptNo: 'SJ-000123' });
    const show = run(['--json', 'repair', 'show', no]).json();
    expect(show.ledger).toEqual([expect.objectContaining({ item: 'repair-fee', direction: 'received', amountFen: 8000, receiptNo: 'SJ-000123' })]);
  });

  it('samples household follow-ups in R-801 order: 1st and 4th of four at 30 %', () => {
    const { run } = estate();
    const nos: string[] = [];
    for (let i = 0; i < 4; i++) nos.push(run(['--json', ...NEW, '--desc', `问题${i}`]).json().no);
    for (const [i, no] of nos.entries()) run(['--at', `2026-09-30T0${i + 1}:00`, 'repair', 'complete', no]);
    const due = run(['--json', 'followup', 'due']).json().map((f: any) => f.source).sort();
    expect(due).toEqual([nos[0], nos[3]]);
  });

  it('a public repair is followed up in the window 1–2 months after completion (R-503)', () => {
    const { run } = estate();
    run(['profile', 'set', 'coverage.repairPublic', '1']);
    const no = run(['--json', 'repair', 'new', '--public', '3号楼电梯厅', '--reporter', '保安', '--phone', '13900001111', '--desc', '灯不亮', '--kind', 'public-facility']).json().no;
    run(['repair', 'complete', no]);
    const f = run(['--json', 'followup', 'due']).json()[0];
    expect(f).toMatchObject({ source: no, opensAt: '2026-10-30T00:00:00+08:00', dueAt: '2026-11-30T23:59:59+08:00' });
    expect(run(['--json', 'report', 'due']).json().overdue).toEqual([]); // not yet open
  });

  it('a help request must be answered within 10 minutes (R-505)', () => {
    const { run } = estate();
    const r = run(['--json', 'repair', 'new', '--public', '南门', '--reporter', '保安', '--phone', '13900001111', '--desc', '有人晕倒', '--help-kind', 'first-aid']).json();
    expect(r).toMatchObject({ urgency: 'emergency', help: 'first-aid', dueAt: '2026-09-30T10:10:00+08:00' });
    expect(run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-09-30T10:10:01+08:00' }).json().overdue.map((d: any) => d.step)).toContain('answer');
    run(['repair', 'dispatch', r.no, '--tech', '值班保安'], { PMDESK_NOW: '2026-09-30T10:05:00+08:00' });
    const show = run(['--json', 'repair', 'show', r.no]).json();
    expect(show.deadlines.find((d: any) => d.step === 'answer')).toMatchObject({ doneAt: '2026-09-30T10:05:00+08:00', late: false });
  });

  it('flags the third same-kind repair in a unit (R-504) and filters the list', () => {
    const { run } = estate();
    for (let i = 0; i < 3; i++) run([...NEW, '--desc', `漏水${i}`]);
    const list = run(['--json', 'repair', 'list', '--kind', 'plumbing']).json();
    expect(list).toHaveLength(3);
    expect(list[2]).toMatchObject({ repeat: true, sameKindCount: 3 });
    expect(run(['--json', 'repair', 'list', '--kind', 'electrical']).json()).toEqual([]);
    const m = run(['--json', 'report', 'monthly', '--month', '2026-09']).json();
    expect(m.repairs.repeats).toEqual([{ unit: 'A-1-101', kind: 'plumbing', count: 3 }]);
  });

  it('prints the work order in two copies with technician, materials and signatures (R-501)', () => {
    const { run } = estate();
    const no = run(['--json', ...NEW, '--desc', '马桶堵塞']).json().no;
    run(['repair', 'dispatch', no, '--tech', '张师傅', '--materials', '疏通器']);
    const html = run(['--lang', 'zh', 'repair', 'print', no]).stdout;
    expect(html).toContain('维修单');
    expect(html).toContain('张师傅');
    expect(html).toContain('疏通器');
    expect(html).toContain('业主签名');
    expect(html).toContain('第一联');
    expect(html).toContain('第二联');
    expect(html).toContain('138****5678');
  });

  it('refuses a request without unit or place, and a bad phone, writing nothing', () => {
    const { db, run } = estate();
    const before = sha(db);
    expect(run(['--json', 'repair', 'new', '--reporter', 'x', '--phone', '13812345678', '--desc', 'x']).code).toBe(2);
    expect(run(['--json', ...NEW, '--desc', 'x', '--phone', '123']).err().code).toBe('E_VALUE');
    expect(sha(db)).toBe(before);
  });
});
