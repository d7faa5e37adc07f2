// Complaints, suggestions, follow-ups, reception log, shift handover through the binary (§4, §6, §8).
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

const NEW = ['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--phone', '13812345678', '--channel', 'phone', '--about', '保洁', '--desc', '楼道三天未清扫'];

describe('complaint', () => {
  it('the life of an important complaint, deadlines at their boundaries (R-402, R-404, R-405)', () => {
    const { run } = estate();
    const c = run(['--json', ...NEW]).json();
    expect(c).toMatchObject({ no: 'TS-2026-0001', status: 'new', kind: 'complaint', class: null, dueAt: '2026-10-01T10:00:00+08:00', escalated: false });
    expect(c.reminder).toBe('apologise');
    // Reporting within 1 hour of intake: classification at 10:59:59 is on time, at 11:00:01 late.
    const cls = run(['--json', 'complaint', 'classify', c.no, '--class', 'important'], { PMDESK_NOW: '2026-09-30T10:59:59+08:00' }).json();
    expect(cls.status).toBe('classified');
    const dl = Object.fromEntries(run(['--json', 'complaint', 'show', c.no]).json().deadlines.map((d: any) => [d.step, d]));
    expect(dl.report).toMatchObject({ rule: 'R-402.report.important', dueAt: '2026-09-30T11:00:00+08:00', late: false });
    expect(dl.handle).toMatchObject({ rule: 'R-402.handle.important', dueAt: '2026-10-03T23:59:59+08:00' });
    expect(dl.feedback).toMatchObject({ rule: 'R-402.feedback', dueAt: '2026-10-01T10:00:00+08:00' });
    const late = estate();
    const c2 = late.run(['--json', ...NEW]).json().no;
    late.run(['complaint', 'classify', c2, '--class', 'important'], { PMDESK_NOW: '2026-09-30T11:00:01+08:00' });
    expect(late.run(['--json', 'complaint', 'show', c2]).json().deadlines.find((d: any) => d.step === 'report').late).toBe(true);
    // First feedback overdue one second after 24 h.
    expect(run(['--json', 'complaint', 'list', '--overdue'], { PMDESK_NOW: '2026-10-01T10:00:00+08:00' }).json()).toEqual([]);
    expect(run(['--json', 'complaint', 'list', '--overdue'], { PMDESK_NOW: '2026-10-01T10:00:01+08:00' }).json()).toHaveLength(1);
    run(['complaint', 'respond', c.no, '--note', '已致歉，今日安排清扫'], { PMDESK_NOW: '2026-09-30T12:00:00+08:00' });
    expect(run(['--json', 'complaint', 'assign', c.no, '--dept', '保洁部', '--method', '重新清扫并检查', '--promise', '2026-10-02'], { PMDESK_NOW: '2026-09-30T12:00:00+08:00' }).json()).toMatchObject({
      status: 'assigned',
      dept: '保洁部',
      promiseAt: '2026-10-02T23:59:59+08:00',
    });
    const res = run(['--json', 'complaint', 'resolve', c.no, '--result', '已清扫'], { PMDESK_NOW: '2026-10-01T15:00:00+08:00' }).json();
    expect(res).toMatchObject({ status: 'resolved', resolvedAt: '2026-10-01T15:00:00+08:00' });
    // follow-up within 3 days of resolution.
    expect(run(['--json', 'followup', 'due']).json()[0]).toMatchObject({ source: c.no, reason: 'R-405', dueAt: '2026-10-04T23:59:59+08:00' });
    expect(run(['--json', 'complaint', 'verify', c.no]).json().status).toBe('verified');
    const fu = run(['--json', 'followup', 'record', c.no, '--method', 'phone', '--satisfaction', 'satisfied']).json();
    expect(fu).toMatchObject({ source: c.no, sourceStatus: 'closed', reopened: false });
  });

  it('an unsatisfied follow-up reopens the complaint (R-802); next is assign', () => {
    const { run } = estate();
    const no = run(['--json', ...NEW]).json().no;
    run(['complaint', 'classify', no, '--class', 'minor']);
    run(['complaint', 'resolve', no, '--result', '已处理']);
    const fu = run(['--json', 'followup', 'record', no, '--method', 'visit', '--satisfaction', 'unsatisfied', '--note', '仍很脏']).json();
    expect(fu).toMatchObject({ sourceStatus: 'reopened', reopened: true });
    const refused = run(['--json', 'complaint', 'resolve', no, '--result', 'x']);
    expect(refused.code).toBe(2);
    expect(refused.err()).toMatchObject({ code: 'E_STATE' });
    expect(refused.err().message).toMatch(/reopened.*allowed next: complaint assign/);
  });

  it('refuses transitions the state does not allow, naming the next commands, writing nothing', () => {
    const { db, run } = estate();
    const no = run(['--json', ...NEW]).json().no;
    const before = sha(db);
    const r = run(['--json', 'complaint', 'assign', no, '--dept', 'x', '--method', 'y', '--promise', '2026-10-05']);
    expect(r.code).toBe(2);
    expect(r.err().message).toMatch(/new: it cannot go to assigned; allowed next: complaint classify/);
    expect(run(['--json', 'complaint', 'classify', no, '--class', 'serious']).err().code).toBe('E_VALUE');
    expect(sha(db)).toBe(before);
  });

  it('escalates a valid complaint still open a month after intake, audit-logged (R-403)', () => {
    const { run } = estate();
    const no = run(['--json', ...NEW]).json().no;
    run(['complaint', 'classify', no, '--class', 'minor']);
    expect(run(['--json', 'complaint', 'show', no], { PMDESK_NOW: '2026-10-30T23:59:59+08:00' }).json()).toMatchObject({ class: 'minor', escalated: false });
    const after = run(['--json', 'complaint', 'show', no], { PMDESK_NOW: '2026-10-31T00:00:01+08:00' }).json();
    expect(after).toMatchObject({ class: 'major', escalated: true });
    expect(run(['--json', 'audit', no]).json().find((a: any) => a.action === 'escalate')).toMatchObject({ clerk: 'tester', field: 'class', old: 'minor', new: 'major' });
  });

  it('invalid complaints: developer → after-sales, with their reply deadline (R-401)', () => {
    const { run } = estate();
    const no = run(['--json', ...NEW]).json().no;
    const c = run(['--json', 'complaint', 'classify', no, '--class', 'invalid', '--invalid-kind', 'developer']).json();
    expect(c).toMatchObject({ class: 'invalid', invalidKind: 'developer', forwardTo: 'after-sales' });
    expect(run(['--json', 'complaint', 'show', no]).json().deadlines.find((d: any) => d.step === 'handle')).toMatchObject({ rule: 'R-402.handle.invalid', dueAt: '2026-10-03T23:59:59+08:00' });
  });

  it('suggestions: adopted or not, the resident told (R-407); praise closed when thanked', () => {
    const { run } = estate();
    const s = run(['--json', 'complaint', 'new', '--type', 'suggestion', '--name', '李娜', '--unit', 'A-1-101', '--channel', 'visit', '--about', '绿化', '--desc', '增加座椅']).json();
    expect(s).toMatchObject({ no: 'JY-2026-0001', type: 'suggestion', kind: 'suggestion', dueAt: null });
    expect(run(['--json', 'complaint', 'adopt', s.no, '--adopted', '--note', '下月安装', '--told']).json()).toMatchObject({ status: 'closed', adopted: true });
    const p = run(['--json', 'complaint', 'new', '--type', 'praise', '--name', '王伟', '--channel', 'letter', '--about', '保安小张', '--desc', '帮忙搬运']).json();
    expect(run(['--json', 'complaint', 'told', p.no]).json().status).toBe('closed');
    expect(run(['--json', 'report', 'monthly', '--month', '2026-09']).json().suggestions).toMatchObject({ suggestions: 1, praise: 1, adopted: 1, told: 2 });
  });
});

describe('reception log, visitors, shift handover (§6)', () => {
  it('a repair entry creates and links a repair; a complaint entry a complaint (R-600)', () => {
    const { run } = estate();
    const r = run(['--json', 'visit', 'log', '--category', 'repair', '--desc', '卫生间漏水', '--name', '王伟', '--unit', 'A-1-101', '--phone', '13812345678']).json();
    expect(r).toMatchObject({ no: 'LF-2026-0001', status: 'closed', category: 'repair', created: 'BX-2026-0001' });
    expect(run(['--json', 'repair', 'show', 'BX-2026-0001']).json()).toMatchObject({ source: 'visit', reporter: '王伟', linked: [expect.objectContaining({ no: 'LF-2026-0001', rel: 'created' })] });
    expect(run(['--json', 'visit', 'log', '--category', 'complaint', '--desc', '噪音', '--name', '李娜', '--unit', 'A-1-101', '--about', '邻居装修']).json().created).toBe('TS-2026-0001');
  });

  it('registers a visitor with the ID checked and masked (R-601)', () => {
    const { run } = estate();
    expect(run(['--json', 'visit', 'in', '--name', '赵六', '--id-number', '310104201203054566', '--unit', 'A-1-101', '--purpose', '探亲']).err().code).toBe('E_VALUE');
    const v = run(['--json', 'visit', 'in', '--name', '赵六', '--id-number', '310104201203054565', '--phone', '13700002222', '--unit', 'A-1-101', '--purpose', '探亲', '--confirmed']).json();
    expect(v).toMatchObject({ status: 'in', idNumber: '310104********4565', phone: '137****2222', confirmed: true });
    expect(run(['--json', 'visit', 'out', v.no]).json().status).toBe('out');
  });

  it('in a commercial building the company visited must be registered (R-601)', () => {
    const { run } = estate();
    run(['profile', 'set', 'estate.kind', 'commercial']);
    expect(run(['--json', 'visit', 'in', '--name', '赵六', '--id-number', '310104201203054565', '--unit', 'A-1-101', '--purpose', '洽谈']).err().code).toBe('E_NOT_FOUND');
    expect(run(['--json', 'visit', 'in', '--name', '赵六', '--id-number', '310104201203054565', '--unit', 'B-2-1203', '--purpose', '洽谈']).code).toBe(0);
  });

  it('shift handover lists open entries, visitors in, keys out, what falls due (R-602)', () => {
    const { run } = estate();
    run(['visit', 'log', '--category', 'other', '--desc', '拾到钥匙一串']);
    run(['visit', 'in', '--name', '赵六', '--id-number', '310104201203054565', '--unit', 'A-1-101', '--purpose', '探亲']);
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    run(['keys', 'lend', 'K0001', '--to', '张师傅', '--phone', '13900001111', '--reason', '维修']);
    run([...NEW]);
    const h = run(['--json', '--clerk', '小王', 'shift', 'handover', '--to', '小李', '--hours', '25']).json();
    expect(h).toMatchObject({ from: '小王', to: '小李' });
    expect(h.openLog.map((x: any) => x.no)).toEqual(['LF-2026-0001']);
    expect(h.visitorsIn.map((x: any) => x.no)).toEqual(['LF-2026-0002']);
    expect(h.keysOut.map((x: any) => x.no)).toEqual(['YS-2026-0001']);
    expect(h.deadlines.map((x: any) => x.no)).toContain('TS-2026-0001');
  });
});
