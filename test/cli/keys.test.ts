// The key cabinet through the binary (§7, R-700…R-707).
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

const LEND = ['--to', '张师傅', '--phone', '13900001111', '--reason', '维修水管'];

describe('keys (R-700…R-707)', () => {
  it('lend, overdue after 3 days (§0a boundary), count checked on return', () => {
    const { db, run } = estate();
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    const loan = run(['--json', 'keys', 'lend', 'A-1-201:door', ...LEND]).json();
    expect(loan).toMatchObject({
      no: 'YS-2026-0001',
      status: 'open',
      dueAt: '2026-10-03T23:59:59+08:00',
      hook: 'K0001',
      borrower: '张师傅',
      phone: '139****1111',
    });
    // Lending a key that is out is refused and says who has it.
    expect(run(['--json', 'keys', 'lend', 'K0001', '--to', '李四', '--phone', '13900001112', '--reason', 'x']).err().message).toMatch(
      /held by 张师傅 \(YS-2026-0001\)/,
    );
    // due by the end of the third day; overdue one second later.
    expect(run(['--json', 'keys', 'out', '--overdue'], { PMDESK_NOW: '2026-10-03T23:59:59+08:00' }).json()).toEqual([]);
    expect(run(['--json', 'keys', 'out', '--overdue'], { PMDESK_NOW: '2026-10-04T00:00:00+08:00' }).json()).toEqual([
      expect.objectContaining({
        no: 'YS-2026-0001',
        hook: 'K0001',
        unit: 'A-1-201',
        borrower: '张师傅',
        overdue: true,
        dueAt: '2026-10-03T23:59:59+08:00',
      }),
    ]);
    expect(run(['--json', 'keys', 'out']).json()).toEqual([expect.objectContaining({ no: 'YS-2026-0001', overdue: false })]);
    expect(run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-10-04T08:00:00+08:00' }).json().overdue[0]).toMatchObject({
      no: 'YS-2026-0001',
      step: 'return',
      rule: 'R-704.key-return',
    });
    const before = sha(db);
    const bad = run(['--json', 'keys', 'return', loan.no, '--count', '1']);
    expect(bad.code).toBe(2);
    expect(bad.err().message).toMatch(/2 keys lent, 1 returned \(1 missing\)/);
    expect(sha(db)).toBe(before);
    const back = run(['--json', 'keys', 'return', loan.no, '--count', '1', '--note', '一把遗失，已报告业主'], {
      PMDESK_NOW: '2026-10-04T09:00:00+08:00',
    }).json();
    expect(back).toMatchObject({ status: 'closed', countBack: 1 });
    expect(run(['--json', 'keys', 'show', loan.no]).json().deadlines[0]).toMatchObject({
      rule: 'R-704.key-return',
      doneAt: '2026-10-04T09:00:00+08:00',
      late: true,
    });
    const where = run(['--json', 'keys', 'where', 'A-1-201']).json();
    expect(where[0]).toMatchObject({ hook: 'K0001', status: 'in', count: 1, loan: null });
    // every movement is in the key log.
    expect(where[0].log.map((e: any) => e.action)).toEqual(['entrust', 'lend', 'return']);
    expect(run(['--json', 'keys', 'out']).json()).toEqual([]);
    expect(run(['--json', 'keys', 'return', loan.no]).err().code).toBe('E_STATE');
  });

  it('a staff loan returned in full closes at once; the human views', () => {
    const { run } = estate();
    run(['keys', 'add', 'A-1-101', '--kind', 'door', '--count', '3', '--custody', 'developer']);
    const lent = run(['keys', 'lend', 'K0001', ...LEND]);
    expect(lent.stdout).toMatch(/YS-2026-0001: lent to 张师傅, due back 2026-10-03 23:59/);
    const out = run(['keys', 'out']).stdout;
    expect(out).toMatch(/YS-2026-0001/);
    expect(out).toMatch(/张师傅/);
    expect(run(['keys', 'where', 'A-1-101']).stdout).toMatch(/K0001.*out.*张师傅/);
    expect(run(['--json', 'keys', 'return', 'YS-2026-0001']).json()).toMatchObject({ status: 'closed', countBack: 3 });
    expect(run(['keys', 'out']).stdout).toMatch(/no key out/);
  });

  it('refusals write nothing: unknown key, bad custody, count above the set, taken hook', () => {
    const { db, run } = estate();
    run(['keys', 'add', 'A-1-101', '--kind', 'door', '--count', '2', '--custody', 'developer']);
    const before = sha(db);
    expect(run(['--json', 'keys', 'lend', 'K9999', ...LEND]).err().code).toBe('E_NOT_FOUND');
    expect(run(['--json', 'keys', 'lend', 'A-1-101:mailbox', ...LEND]).err().code).toBe('E_NOT_FOUND');
    expect(run(['--json', 'keys', 'lend', 'K0001', ...LEND, '--count', '3']).err().message).toMatch(/only 2 keys/);
    expect(run(['--json', 'keys', 'add', 'A-1-101', '--kind', 'door', '--count', '1', '--custody', 'friend']).err().code).toBe('E_VALUE');
    expect(run(['--json', 'keys', 'add', 'A-1-101', '--kind', 'door', '--count', '1', '--custody', 'public', '--hook', 'k0001']).err().code).toBe(
      'E_EXISTS',
    );
    expect(run(['--json', 'keys', 'lend', 'K0001', '--to', '张师傅', '--phone', '123', '--reason', 'x']).code).toBe(2);
    expect(sha(db)).toBe(before);
  });

  it('entrust records the acknowledgement (R-701); release needs a checked-in owner (R-705)', () => {
    const { db, run } = estate();
    const e = run(['--json', 'keys', 'entrust', 'A-1-101', '--owner', '王伟', '--count', '2']).json();
    expect(e).toMatchObject({ hook: 'K0001', custody: 'entrusted', acknowledged: true, owner: '王伟' });
    expect(
      run(['--json', 'keys', 'where', 'A-1-101'])
        .json()[0]
        .log.map((x: any) => x.action),
    ).toEqual(['entrust', 'acknowledge']);
    const before = sha(db);
    const refused = run(['--json', 'keys', 'release', 'K0001', '--to', '王伟']);
    expect([refused.code, refused.err().code]).toEqual([2, 'E_STATE']);
    expect(refused.err().message).toMatch(/has not checked in: do the handover first/);
    expect(sha(db)).toBe(before);
  });

  it('release to someone else only after a confirming call, which is logged (R-705)', () => {
    const { db, run } = estate();
    // A-1-201 was imported as handed over: its owner has checked in.
    run(['keys', 'add', 'A-1-201', '--kind', 'mailbox', '--count', '1', '--custody', 'entrusted']);
    const before = sha(db);
    expect(run(['--json', 'keys', 'release', 'K0001', '--to', '王小明']).err().message).toMatch(
      /call the owner to confirm and add --verified-by-call/,
    );
    expect(sha(db)).toBe(before);
    expect(run(['--json', 'keys', 'release', 'K0001', '--to', '王小明', '--verified-by-call']).json()).toMatchObject({
      status: 'released',
      holder: '王小明',
    });
    const log = run(['--json', 'keys', 'where', 'A-1-201']).json()[0].log;
    expect(log.map((x: any) => x.action)).toEqual(['entrust', 'call', 'release']);
    expect(run(['--json', 'keys', 'lend', 'K0001', ...LEND]).err().message).toMatch(/not in the cabinet \(released\)/);
    // The owner in person needs no call.
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    expect(run(['--json', 'keys', 'release', 'K0002', '--to', '王伟']).json()).toMatchObject({ status: 'released', holder: '王伟' });
  });

  it('a contractor loan needs a real renovation (R-702)', () => {
    const { db, run } = estate();
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    const before = sha(db);
    const r = run(['--json', 'keys', 'lend', 'K0001', '--to', '刘工', '--phone', '13700002222', '--reason', '装修', '--contractor', 'ZX-2026-0099']);
    expect([r.code, r.err().code]).toEqual([2, 'E_NOT_FOUND']);
    expect(sha(db)).toBe(before);
  });

  it('a key lost while lent ends the loan; the outcome is recorded (R-706)', () => {
    const { run } = estate();
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    run(['keys', 'lend', 'K0001', ...LEND]);
    expect(run(['--json', 'keys', 'lost', 'K0001', '--by', '张师傅', '--lock-changed']).json()).toMatchObject({
      status: 'lost',
      holder: '张师傅',
      lockChanged: true,
    });
    expect(run(['--json', 'keys', 'show', 'YS-2026-0001']).json()).toMatchObject({ status: 'closed', keyStatus: 'lost' });
    expect(run(['--json', 'keys', 'out']).json()).toEqual([]);
    expect(run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-10-05T08:00:00+08:00' }).json().overdue).toEqual([]);
    expect(run(['--json', 'keys', 'lost', 'K0001', '--by', '张师傅']).err().code).toBe('E_STATE');
    expect(run(['--json', 'keys', 'where', 'A-1-201']).json()[0].log.at(-1)).toMatchObject({ action: 'lost', who: '张师傅', note: 'lock changed' });
  });

  it('the borrower phone is masked in show and print unless --unmask --reason (R-004); print renders the loan register', () => {
    const { run } = estate();
    run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted']);
    run(['keys', 'lend', 'K0001', ...LEND]);
    expect(run(['--json', 'keys', 'show', 'YS-2026-0001']).json().phone).toBe('139****1111');
    const html = run(['--lang', 'zh', 'keys', 'print', 'YS-2026-0001']).stdout;
    for (const s of ['钥匙借用登记表', 'K0001', '张师傅', '维修水管', '借用人', '139****1111']) expect(html).toContain(s);
    expect(html).not.toContain('13900001111');
    expect(run(['keys', 'print', 'YS-2026-0001', '--unmask', '--reason', '核对借用人']).stdout).toContain('13900001111');
  });
});

describe('key-loan form (R-704, issue 18.8)', () => {
  it('shows the due-back time computed when the key was lent, and says when it is late', () => {
    const { run } = estate();
    const added = run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'entrusted'], { PMDESK_LANG: 'zh' });
    expect(added.stdout.trim()).toBe('已登记钥匙 K0001（门钥匙 ×2，业主委托），房号 A-1-201'); // kind and custody in words (issue 18.2)
    run(['keys', 'lend', 'K0001', ...LEND]); // lent 2026-09-30 10:00: due by the end of the third day (§0a)
    const row = (html: string) => html.match(/<tr><th>应还时间<\/th><td>([^<]*)<\/td><\/tr>/)?.[1];
    expect(row(run(['--lang', 'zh', 'keys', 'print', 'YS-2026-0001']).stdout)).toBe('2026-10-03 23:59');
    expect(run(['--lang', 'en', 'keys', 'print', 'YS-2026-0001']).stdout).toMatch(/Due back by<\/th><td>2026-10-03 23:59</);
    expect(row(run(['--lang', 'zh', 'keys', 'print', 'YS-2026-0001'], { PMDESK_NOW: '2026-10-04T00:00:00+08:00' }).stdout)).toBe(
      '2026-10-03 23:59 已逾期',
    );
    run(['keys', 'return', 'YS-2026-0001', '--count', '2'], { PMDESK_NOW: '2026-10-02T09:00:00+08:00' });
    const returned = run(['--lang', 'zh', 'keys', 'print', 'YS-2026-0001'], { PMDESK_NOW: '2026-10-09T09:00:00+08:00' }).stdout;
    expect(row(returned)).toBe('2026-10-03 23:59'); // returned in time: not late, however long ago
    expect(returned).not.toMatch(/R-704/);
  });
});

describe('entrust register (R-701, R-902)', () => {
  it('prints every entrusted key set with the owner acknowledgement and a signature column', async () => {
    const { estate: mk } = await import('./helpers.js');
    const { run } = mk();
    run(['keys', 'entrust', 'A-1-101', '--owner', '王伟', '--count', '2']);
    const html = run(['--lang', 'zh', 'keys', 'register']).stdout;
    for (const s of ['业主留钥匙登记表', '不对室内财物负责', 'A-1-101', '王伟', '业主签名']) expect(html).toContain(s);
  });
});
