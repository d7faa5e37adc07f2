// The reception log, visitors and the shift handover through the binary (§6: R-600…R-602).
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

const at = (t: string) => ({ PMDESK_NOW: t });
const VISITOR = [
  'visit',
  'in',
  '--name',
  '赵六',
  '--id-number',
  '310104201203054565',
  '--phone',
  '13700002222',
  '--unit',
  'A-1-101',
  '--purpose',
  '探亲',
];

describe('reception log (R-600)', () => {
  it('a repair entry creates a repair through the repairs module and links it', () => {
    const { run } = estate();
    const r = run([
      '--json',
      'visit',
      'log',
      '--category',
      'repair',
      '--desc',
      '卫生间漏水',
      '--name',
      '王伟',
      '--unit',
      'A-1-101',
      '--phone',
      '13812345678',
    ]).json();
    expect(r).toMatchObject({
      no: 'LF-2026-0001',
      type: 'visit',
      status: 'closed',
      entry: 'log',
      category: 'repair',
      created: 'BX-2026-0001',
      phone: '138****5678',
    });
    expect(run(['--json', 'repair', 'show', 'BX-2026-0001']).json()).toMatchObject({
      status: 'new',
      source: 'visit',
      reporter: '王伟',
      linked: [expect.objectContaining({ no: 'LF-2026-0001', rel: 'created' })],
    });
    expect(run(['--json', 'visit', 'show', r.no]).json().linked).toEqual([expect.objectContaining({ no: 'BX-2026-0001' })]);
    // A public-area repair needs no unit; a repair entry with neither is refused.
    expect(run(['--json', 'visit', 'log', '--category', 'repair', '--desc', '路灯不亮', '--public', '2号楼门口']).json().created).toBe(
      'BX-2026-0002',
    );
    expect(run(['--json', 'visit', 'log', '--category', 'repair', '--desc', '漏水', '--name', '王伟']).code).toBe(2);
  });

  it('a complaint entry creates a TS complaint with its 24 h feedback deadline, linked; a praise entry a JY record', () => {
    const { run } = estate();
    const r = run([
      '--json',
      'visit',
      'log',
      '--category',
      'complaint',
      '--desc',
      '夜间噪音',
      '--name',
      '李娜',
      '--unit',
      'A-1-101',
      '--about',
      '邻居装修',
    ]).json();
    expect(r).toMatchObject({ status: 'closed', created: 'TS-2026-0001' });
    expect(run(['--json', 'complaint', 'show', 'TS-2026-0001']).json()).toMatchObject({
      channel: 'visit',
      about: '邻居装修',
      dueAt: '2026-10-01T10:00:00+08:00',
      linked: [expect.objectContaining({ no: r.no })],
    });
    expect(run(['--json', 'visit', 'log', '--category', 'praise', '--desc', '保安热心', '--name', '王伟', '--channel', 'phone']).json().created).toBe(
      'JY-2026-0001',
    );
    expect(run(['--json', 'visit', 'log', '--category', 'complaint', '--desc', 'x', '--name', '李娜', '--channel', 'fax']).err().code).toBe(
      'E_VALUE',
    );
    // A complaint entry needs the complainant's name.
    expect(run(['--json', 'visit', 'log', '--category', 'complaint', '--desc', 'x']).err()).toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/--name/),
    });
  });

  it('other entries stay open until closed at the desk (R-602); the wrong verb is refused naming the right one', () => {
    const { db, run } = estate();
    const lf = run(['--json', 'visit', 'log', '--category', 'other', '--desc', '拾到钥匙一串']).json();
    expect(lf).toMatchObject({ status: 'open', created: null, category: 'other' });
    const before = sha(db);
    const wrong = run(['--json', 'visit', 'out', lf.no]);
    expect([wrong.code, wrong.err().code]).toEqual([2, 'E_STATE']);
    expect(wrong.err().message).toMatch(/allowed next: visit close/);
    expect(run(['--json', 'visit', 'log', '--category', 'lost', '--desc', 'x']).err().code).toBe('E_VALUE');
    expect(sha(db)).toBe(before);
    expect(run(['--json', 'visit', 'close', lf.no, '--note', '失主已领回']).json().status).toBe('closed');
    expect(run(['--json', 'visit', 'log', '--category', 'service', '--desc', '咨询物业费', '--solved']).json().status).toBe('closed');
  });
});

describe('visitors (R-601)', () => {
  it('registers a visitor with the ID checked and masked; out when leaving', () => {
    const { db, run } = estate();
    const before = sha(db);
    expect(run(['--json', ...VISITOR.slice(0, 5), '310104201203054566', ...VISITOR.slice(6)]).err().code).toBe('E_VALUE'); // bad check digit
    expect(run(['--json', ...VISITOR.slice(0, 9), 'Z-9-999', ...VISITOR.slice(10)]).err().code).toBe('E_NOT_FOUND');
    expect(sha(db)).toBe(before);
    const v = run(['--json', ...VISITOR, '--confirmed']).json();
    expect(v).toMatchObject({
      no: 'LF-2026-0001',
      status: 'in',
      entry: 'visitor',
      idNumber: '310104********4565',
      phone: '137****2222',
      confirmed: true,
    });
    expect(run(['--json', 'visit', 'close', v.no]).err().message).toMatch(/allowed next: visit out/);
    expect(run(['--json', 'visit', 'out', v.no], at('2026-09-30T11:30:00+08:00')).json()).toMatchObject({
      status: 'out',
      outAt: '2026-09-30T11:30:00+08:00',
    });
    expect(run(['--json', 'visit', 'out', v.no]).code).toBe(2);
  });

  it('in a commercial building the company visited must be registered (R-601)', () => {
    const { run } = estate();
    run(['profile', 'set', 'estate.kind', 'commercial']);
    const no = run(['--json', ...VISITOR]);
    expect(no.err()).toMatchObject({ code: 'E_NOT_FOUND', message: expect.stringMatching(/no registered company/) });
    expect(run(['--json', ...VISITOR.slice(0, 9), 'B-2-1203', ...VISITOR.slice(10)]).code).toBe(0);
  });
});

describe('shift handover (R-602)', () => {
  it('lists open entries, visitors in, keys out, deadlines due by the end of the next shift; records who handed over to whom', () => {
    const { run } = estate();
    run(['visit', 'log', '--category', 'other', '--desc', '拾到钥匙一串']);
    run(['visit', 'log', '--category', 'service', '--desc', '已解答', '--solved']);
    run([...VISITOR]);
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    run(['keys', 'lend', 'K0001', '--to', '张师傅', '--phone', '13900001111', '--reason', '维修']);
    run(['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '楼道未清扫']); // feedback due Oct 1 10:00
    // A 23-hour shift ends before the feedback deadline; a 24-hour one ends exactly at it (included).
    expect(
      run(['--json', 'shift', 'handover', '--to', '小李', '--hours', '23'])
        .json()
        .deadlines.map((x: any) => x.no),
    ).not.toContain('TS-2026-0001');
    const h = run(['--json', '--clerk', '小王', 'shift', 'handover', '--to', '小李', '--hours', '24']).json();
    expect(h).toMatchObject({ from: '小王', to: '小李', until: '2026-10-01T10:00:00+08:00' });
    expect(h.openLog.map((x: any) => x.no)).toEqual(['LF-2026-0001']);
    expect(h.visitorsIn.map((x: any) => x.no)).toEqual(['LF-2026-0003']);
    expect(h.keysOut.map((x: any) => x.no)).toEqual(['YS-2026-0001']);
    expect(h.deadlines).toContainEqual(
      expect.objectContaining({ no: 'TS-2026-0001', step: 'feedback', due_at: '2026-10-01T10:00:00+08:00', overdue: false }),
    );
    expect(
      run(['--json', 'audit'])
        .json()
        .find((a: any) => a.action === 'handover' && a.clerk === '小王'),
    ).toMatchObject({ new: '小李' });
    // What is closed no longer carries over.
    run(['visit', 'close', 'LF-2026-0001']);
    run(['visit', 'out', 'LF-2026-0003']);
    const next = run(['--json', 'shift', 'handover', '--to', '小王']).json();
    expect([next.openLog, next.visitorsIn]).toEqual([[], []]);
    // Without --hours the shift is the profile's shift.hours (default 12).
    expect(next.until).toBe('2026-09-30T22:00:00+08:00');
    run(['profile', 'set', 'shift.hours', '8']);
    expect(run(['--json', 'shift', 'handover', '--to', '小王']).json().until).toBe('2026-09-30T18:00:00+08:00');
    expect(run(['--lang', 'zh', 'shift', 'handover', '--to', '小王']).stdout).toMatch(/交接班[\s\S]*借出未还的钥匙（1）[\s\S]*YS-2026-0001/);
  });

  it('needs the clerk taking over and a sensible shift length; a refusal writes nothing', () => {
    const { db, run } = estate();
    const before = sha(db);
    expect(run(['--json', 'shift', 'handover']).err()).toMatchObject({ code: 'E_USAGE', message: expect.stringMatching(/--to/) });
    expect(run(['--json', 'shift', 'handover', '--to', '小李', '--hours', 'abc']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'shift', 'handover', '--to', '小李', '--hours', '0']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'shift', 'handover', '--to', '小李', '--hours', '49']).err().code).toBe('E_VALUE');
    expect(sha(db)).toBe(before);
  });
});
