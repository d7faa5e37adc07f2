// Unit handover and the key cabinet through the binary (§2, §7).
import { describe, expect, it } from 'vitest';
import { estate, fixture, sha } from './helpers.js';

function handover(run: ReturnType<typeof estate>['run']) {
  const c = run(['--json', 'checkin', 'start', 'A-1-101', '--owner', '王伟', '--absent', '李娜']).json();
  run(['checkin', 'doc', c.no, 'owner-id:王伟', 'owner-id:李娜', 'poa:李娜', 'handover-certificate', 'fees-cleared']);
  run(['checkin', 'meter', c.no, '--water', '12.5', '--electricity', '305', '--gas', '0.8']);
  run(['checkin', 'keys', c.no, '--door', '3', '--mailbox', '1']);
  return c.no as string;
}

// Issue 23: the handover above, set up once per file; each test gets a copy.
const handedOver = fixture((e) => ({ no: handover(e.run) }));

describe('checkin (R-200…R-205)', () => {
  it('a full handover with a joint owner absent: refused until everything is in, then handed over', () => {
    const { db, run } = estate();
    run(['keys', 'add', 'A-1-101', '--kind', 'door', '--count', '3', '--custody', 'developer']);
    run(['keys', 'add', 'A-1-101', '--kind', 'mailbox', '--count', '1', '--custody', 'entrusted']);
    const no = handover(run);
    const before = sha(db);
    const refused = run(['--json', 'checkin', 'complete', no]);
    expect(refused.code).toBe(2);
    expect(refused.err().details).toEqual(['form:contact-form', 'form:fire-agreement', 'form:key-receipt', 'form:inspection-form']);
    expect(sha(db)).toBe(before);
    const signed = run(['--lang', 'en', 'checkin', 'sign', no, 'contact-form', 'fire-agreement', 'key-receipt', 'inspection-form']);
    expect(signed.stdout.trim()).toBe(`${no}: open; nothing missing`); // not "missing: -" (issue 18.6)
    const done = run(['--json', 'checkin', 'complete', no]).json();
    expect(done).toMatchObject({ status: 'completed', missing: [], keysReleased: ['K0001'] });
    const unit = run(['--json', 'unit', 'show', 'A-1-101']).json();
    expect(unit.status).toBe('handed-over');
    expect(unit.keys).toEqual([
      expect.objectContaining({ hook: 'K0001', status: 'released' }),
      expect.objectContaining({ hook: 'K0002', status: 'in' }),
    ]);
    // R-205 in one transaction with the key release; the key log names the owner.
    expect(run(['--json', 'keys', 'where', 'A-1-101']).json()[0]).toMatchObject({ status: 'released', holder: '王伟' });
    expect(run(['--json', 'checkin', 'complete', no]).err().code).toBe('E_STATE'); // already completed
    expect(unit.history).toEqual([expect.objectContaining({ from: 'vacant', to: 'handed-over', no })]);
  });

  it('show lists documents, meters, defects with repair numbers and what is missing', () => {
    const { run } = estate();
    const no = run(['--json', 'checkin', 'start', 'A-1-101', '--owner', '王伟', '--owner', '李娜']).json().no;
    const s = run(['--json', 'checkin', 'show', no]).json();
    expect(s.missing).toEqual([
      'doc:owner-id:王伟',
      'doc:owner-id:李娜',
      'doc:handover-certificate',
      'doc:fees-cleared',
      'meters',
      'keys',
      'form:contact-form',
      'form:fire-agreement',
      'form:key-receipt',
      'form:inspection-form',
    ]);
    expect(run(['--json', 'checkin', 'doc', no, 'poa:李娜']).err().code).toBe('E_VALUE'); // both present: no power of attorney needed
  });

  it('each defect becomes a repair order due the same day or within 7 days (R-202)', () => {
    const { run, no } = handedOver();
    const small = run(['--json', 'checkin', 'defect', no, '--location', '厨房', '--desc', '水龙头漏水']).json();
    expect(small).toMatchObject({ repair: 'BX-2026-0001', repairDueAt: '2026-09-30T23:59:59+08:00' });
    const large = run(['--json', 'checkin', 'defect', no, '--location', '主卧', '--desc', '墙面开裂', '--large']).json();
    expect(large.repairDueAt).toBe('2026-10-07T23:59:59+08:00');
    const s = run(['--json', 'checkin', 'show', no]).json();
    expect(s.defects.map((d: any) => [d.repair, d.large])).toEqual([
      ['BX-2026-0001', false],
      ['BX-2026-0002', true],
    ]);
    // When the defect's repair is completed, the owner is followed up within 24 h, 100 %.
    run(['repair', 'complete', 'BX-2026-0002'], { PMDESK_NOW: '2026-10-03T10:00:00+08:00' });
    expect(run(['--json', 'followup', 'due']).json()).toEqual([
      expect.objectContaining({ source: 'BX-2026-0002', reason: 'R-202', dueAt: '2026-10-04T10:00:00+08:00' }),
    ]);
  });

  it('refuses a second handover, an unsold unit, a unit without owners', () => {
    const { run } = estate();
    const no = run(['--json', 'checkin', 'start', 'A-1-101', '--owner', '王伟']).json().no;
    expect(run(['--json', 'checkin', 'start', 'A-1-101', '--owner', '王伟']).err().message).toMatch(new RegExp(`already has handover ${no}`));
    expect(run(['--json', 'checkin', 'start', 'A-1-102', '--owner', '王伟']).err().message).toMatch(/unsold/);
    expect(run(['--json', 'checkin', 'start', 'A-1-201', '--owner', '王伟']).err().message).toMatch(/is handed-over, not waiting for handover/);
    run(['unit', 'add', 'C-1-101', '--building', 'C', '--floor', '1', '--area', '80']);
    expect(run(['--json', 'checkin', 'start', 'C-1-101', '--owner', '王伟']).err().message).toMatch(/no registered owner/);
  });

  it('a refused command writes nothing: unknown owner, bad meter reading, a document not needed', () => {
    const { db, run } = estate();
    const no = run(['--json', 'checkin', 'start', 'A-1-101', '--owner', '王伟']).json().no;
    const before = sha(db);
    const notOwner = run(['--json', 'checkin', 'start', 'A-1-101', '--owner', '上海某某科技有限公司']);
    expect(notOwner.code).toBe(2);
    const meter = run(['--json', 'checkin', 'meter', no, '--water', '-3', '--electricity', '1', '--gas', '1']);
    expect([meter.code, meter.err().code]).toEqual([2, 'E_VALUE']);
    expect(run(['--json', 'checkin', 'doc', no, 'company-letter']).err().message).toMatch(/not needed for this handover/);
    expect(run(['--json', 'checkin', 'sign', no, 'guestbook']).err().code).toBe('E_VALUE');
    expect(sha(db)).toBe(before);
  });

  it('R-200 follows the owners: a company buyer needs the letter and the agent ID; a minor owner the household register', () => {
    const { run } = estate();
    run(['unit', 'add', 'C-1-101', '--building', 'C', '--floor', '1', '--area', '80']);
    run([
      'resident',
      'add',
      '--name',
      '某某置业有限公司',
      '--role',
      'company',
      '--id-type',
      'company',
      '--id-number',
      '91310000MA1FL0000N',
      '--phone',
      '13900001111',
      '--unit',
      'C-1-101',
    ]);
    const co = run(['--json', 'checkin', 'start', 'C-1-101', '--owner', '某某置业有限公司']).json();
    expect(co.missing.filter((m: string) => m.startsWith('doc:'))).toEqual([
      'doc:company-letter',
      'doc:agent-id',
      'doc:handover-certificate',
      'doc:fees-cleared',
    ]);
    run(['unit', 'add', 'C-1-102', '--building', 'C', '--floor', '1', '--area', '80']);
    run(['resident', 'add', '--name', '赵六', '--role', 'owner', '--id-number', '31010119850505003X', '--phone', '13900002222', '--unit', 'C-1-102']);
    // Born 2010-03-01: 16 on the handover day.
    run([
      'resident',
      'add',
      '--name',
      '赵小六',
      '--role',
      'co-owner',
      '--id-number',
      '310101201003010024',
      '--phone',
      '13900002223',
      '--unit',
      'C-1-102',
    ]);
    const minor = run(['--json', 'checkin', 'start', 'C-1-102', '--owner', '赵六', '--owner', '赵小六']).json();
    expect(minor.missing).toContain('doc:household-register:赵小六');
    expect(run(['--json', 'checkin', 'doc', minor.no, 'household-register:赵小六']).json().missing).not.toContain('doc:household-register:赵小六');
  });

  it('a document recorded as missing still blocks completion, and show says so', () => {
    const { run, no } = handedOver();
    run(['checkin', 'doc', no, 'fees-cleared', '--missing']);
    run(['checkin', 'sign', no, 'contact-form', 'fire-agreement', 'key-receipt', 'inspection-form']);
    const s = run(['--json', 'checkin', 'show', no]).json();
    expect(s.documents).toContainEqual({ doc: 'fees-cleared', checked: false, missing: true });
    expect(s.missing).toEqual(['doc:fees-cleared']);
    const human = run(['checkin', 'show', no]);
    expect(human.stdout).toMatch(/Still missing: fees cleared/); // in words (issue 18.2)
    expect(human.stdout).toMatch(/李娜 \(absent\)/);
    const refused = run(['checkin', 'complete', no]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/1 item\(s\) missing[\s\S]*doc:fees-cleared/);
  });

  it('keys left with the desk need the key custody agreement (R-203)', () => {
    const { run, no } = handedOver();
    run(['checkin', 'keys', no, '--door', '3', '--mailbox', '1', '--left', '1']);
    run(['checkin', 'sign', no, 'contact-form', 'fire-agreement', 'key-receipt', 'inspection-form']);
    expect(run(['--json', 'checkin', 'complete', no]).err().details).toEqual(['form:key-custody']);
    run(['checkin', 'sign', no, 'key-custody']);
    expect(run(['--json', 'checkin', 'complete', no]).json().status).toBe('completed');
  });

  it('a defect found after completion is still recorded, as a repair (R-202)', () => {
    const { run, no } = handedOver();
    run(['checkin', 'sign', no, 'contact-form', 'fire-agreement', 'key-receipt', 'inspection-form']);
    run(['checkin', 'complete', no]);
    const later = run(['--json', 'checkin', 'defect', no, '--location', '阳台', '--desc', '推拉门卡顿', '--large'], {
      PMDESK_NOW: '2026-10-12T09:00:00+08:00',
    }).json();
    expect(later).toMatchObject({ status: 'completed', repair: 'BX-2026-0001', repairDueAt: '2026-10-19T23:59:59+08:00' });
    expect(run(['--json', 'checkin', 'show', no]).json().defects).toEqual([
      expect.objectContaining({ repair: 'BX-2026-0001', repairStatus: 'new', large: true }),
    ]);
  });

  it('prints the inspection form with meter readings and signatures, and the key receipt', () => {
    const { run, no } = handedOver();
    run(['checkin', 'defect', no, '--location', '厨房', '--desc', '水龙头漏水']);
    const html = run(['--lang', 'zh', 'checkin', 'print', no]).stdout;
    for (const s of ['房屋验收交接表', '12.5', '305', '0.8', '水龙头漏水', 'BX-2026-0001', '业主签字', '钥匙签收书']) expect(html).toContain(s);
  });

  it('R-201: a unit without a gas meter says so with --no-gas (or --gas 无): nothing demanded, "无燃气表" on show and form (issue 18.8)', () => {
    const { db, run } = estate();
    const no = run(['--json', 'checkin', 'start', 'A-1-101', '--owner', '王伟', '--owner', '李娜']).json().no;
    const before = sha(db);
    const missing = run(['checkin', 'meter', no, '--water', '12.5', '--electricity', '305'], { PMDESK_LANG: 'zh' });
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr.trim()).toBe('pmdesk: 缺少 --gas：请在命令行给出；没有燃气表的房屋用 --no-gas（R-201）');
    expect(run(['--json', 'checkin', 'meter', no, '--water', '12.5']).err()).toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/--electricity, --gas.*--no-gas/),
    });
    expect(sha(db)).toBe(before);
    const r = run(['checkin', 'meter', no, '--water', '12.5', '--electricity', '305', '--no-gas']);
    expect(r.code).toBe(0);
    const s = run(['--json', 'checkin', 'show', no]).json();
    expect(s.meters).toEqual({ water: '12.5', electricity: '305', gas: null, noGas: true });
    expect(s.missing).not.toContain('meters');
    expect(run(['--lang', 'zh', 'checkin', 'print', no]).stdout).toContain('无燃气表');
    const shown = run(['--lang', 'zh', 'checkin', 'show', no]).stdout;
    expect(shown).toMatch(/燃气表\s+无燃气表/);
    expect(shown).toMatch(/状态\s+办理中/); // the state in words (issue 18.2), not `open`
    run(['checkin', 'meter', no, '--water', '12.5', '--electricity', '305', '--gas', '无']);
    expect(run(['--json', 'checkin', 'show', no]).json().meters).toMatchObject({ gas: null, noGas: true });
    run(['checkin', 'meter', no, '--water', '12.5', '--electricity', '305', '--gas', '3.2']);
    expect(run(['--json', 'checkin', 'show', no]).json().meters).toEqual({ water: '12.5', electricity: '305', gas: '3.2', noGas: false });
    expect(run(['--json', 'checkin', 'meter', no, '--water', '1', '--electricity', '1', '--gas', 'abc']).err().code).toBe('E_VALUE');
  });
});
