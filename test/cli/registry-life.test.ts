// The registry over time through the binary: corrections with a
// reason (old → new in the audit log), residents ended on a unit, the unit's life.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estate, fixture, sha } from './helpers.js';

describe('corrections (R-105)', () => {
  it('unit edit: the changed fields, old → new in the audit log with the reason', () => {
    const { run } = estate();
    const r = run(['--json', 'unit', 'edit', 'a-1-101', '--area', '89.65', '--floor', '1', '--reason', '实测面积更正']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ code: 'A-1-101', area: 89.65, floor: 1, changes: [{ field: 'area', old: 89.5, new: 89.65 }] });
    expect(run(['--json', 'unit', 'show', 'A-1-101']).json().area).toBe(89.65);
    const audit = run(['--json', 'audit', 'unit:A-1-101']).json();
    expect(audit.filter((a: any) => a.action === 'correct').map((a: any) => [a.field, a.old, a.new])).toEqual([
      ['area', '89.5', '89.65'],
      ['reason', null, '实测面积更正'],
    ]);
    expect(run(['unit', 'edit', 'A-1-101', '--building', 'AA', '--reason', 'x']).stdout).toMatch(/A-1-101 corrected: building: A → AA/);
  });
  it('unit edit refuses without a reason, a bad area, or no change — nothing written', () => {
    const { db, run } = estate();
    const before = sha(db);
    expect(run(['--json', 'unit', 'edit', 'A-1-101', '--area', '90']).err().code).toBe('E_USAGE');
    const bad = run(['unit', 'edit', 'A-1-101', '--area', '-3', '--reason', 'x']);
    expect([bad.code, bad.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(bad.stderr).toMatch(/--area: "-3" is not an area/);
    expect(run(['--json', 'unit', 'edit', 'A-1-101', '--area', '89.5', '--reason', 'x']).err().code).toBe('E_USAGE');
    expect(run(['--json', 'unit', 'edit', 'Z-9', '--area', '89.5', '--reason', 'x']).err().code).toBe('E_NOT_FOUND');
    expect(sha(db)).toBe(before);
  });
  it('resident edit: a changed phone, the old one in `pmdesk audit`; ID validated; role on a unit', () => {
    const { run } = estate();
    const r = run(['--json', 'resident', 'edit', '1', '--phone', '13912345678', '--reason', '业主来电更换手机号']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ id: 1, name: '王伟', phone: '139****5678' });
    const audit = run(['--json', 'audit', 'resident:1'])
      .json()
      .filter((a: any) => a.action === 'correct');
    expect(audit.map((a: any) => [a.field, a.old, a.new])).toEqual([
      ['phone', '13812345678', '13912345678'],
      ['reason', null, '业主来电更换手机号'],
    ]);
    expect(run(['--json', 'resident', 'show', '1', '--unmask', '--reason', '核对']).json().phone).toBe('13912345678');
    // a wrong check digit is refused; another resident's document is refused.
    expect(run(['resident', 'edit', '1', '--id-number', '110105194912310021', '--reason', 'x']).stderr).toMatch(/--id-number/);
    expect(run(['--json', 'resident', 'edit', '2', '--id-number', '11010519491231002X', '--reason', 'x']).err().code).toBe('E_EXISTS');
    // 王伟 holds two units: the role needs --unit.
    expect(run(['--json', 'resident', 'edit', '1', '--role', 'co-owner', '--reason', 'x']).err().code).toBe('E_USAGE');
    expect(run(['--json', 'resident', 'edit', '1', '--role', 'co-owner', '--unit', 'A-1-201', '--reason', '联名']).code).toBe(0);
    expect(
      run(['--json', 'resident', 'show', '1'])
        .json()
        .units.map((u: any) => [u.code, u.role]),
    ).toEqual([
      ['A-1-101', 'owner'],
      ['A-1-201', 'co-owner'],
    ]);
  });
  it('resident end: the resident leaves the unit on a date, the history stays', () => {
    const { run } = estate();
    // Registered today (the import): an end before that is refused; today is the end of nothing later than now.
    expect(run(['resident', 'end', '李娜', '--unit', 'A-1-101', '--date', '2026-09-20']).stderr).toMatch(/before the resident came/);
    const r = run(['--json', 'resident', 'end', '李娜', '--unit', 'A-1-101', '--date', '2026-09-30', '--reason', '房屋过户']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ id: 2, unit: 'A-1-101', role: 'co-owner', until: '2026-09-30T10:00:00+08:00' });
    expect(
      run(['--json', 'unit', 'show', 'A-1-101'])
        .json()
        .residents.map((x: any) => x.name),
    ).toEqual(['王伟']);
    expect(run(['--json', 'resident', 'show', '2']).json().units).toMatchObject([{ code: 'A-1-101', until: '2026-09-30T10:00:00+08:00' }]);
    expect(run(['--json', 'resident', 'list', '--unit', 'A-1-101']).json()).toHaveLength(1);
    // Ended twice, or on a day that has not come: refused.
    expect(run(['--json', 'resident', 'end', '2', '--unit', 'A-1-101']).err().code).toBe('E_NOT_FOUND');
    const future = run(['resident', 'end', '1', '--unit', 'A-1-101', '--date', '2026-10-08']);
    expect([future.code, future.stderr]).toEqual([
      2,
      'pmdesk: --date: 2026-10-08 is after today (2026-09-30): a date that has not come cannot be recorded\n',
    ]);
    expect(run(['--json', 'resident', 'end', '1']).err().code).toBe('E_USAGE');
    // Registered again later: a new link, the old one kept.
    expect(
      run(['--json', 'resident', 'add', '--name', '李娜', '--role', 'tenant', '--id-number', '31010119800101123X', '--unit', 'A-1-101']).code,
    ).toBe(0);
    expect(
      run(['--json', 'resident', 'show', '2'])
        .json()
        .units.map((u: any) => [u.role, u.until]),
    ).toEqual([
      ['tenant', null],
      ['co-owner', '2026-09-30T10:00:00+08:00'],
    ]);
  });
});

/** An estate registered on 1 July, so that its units' life can be typed in month by month. */
const julyEstate = fixture((e) => {
  const july = { PMDESK_NOW: '2026-07-01T09:00:00+08:00' };
  for (const code of ['L-1-101', 'L-1-102']) expect(e.run(['unit', 'add', code, '--building', 'L', '--floor', '1'], july).code).toBe(0);
  const owner = ['resident', 'add', '--name', '周敏', '--role', 'owner', '--id-number', '110101199003071233', '--unit', 'L-1-101'];
  expect(e.run(owner, july).code).toBe(0);
  return {};
});

describe("a unit's life (R-104, R-103)", () => {
  it('vacant → handed over → renovating → handed over → occupied → vacant: history and report units month by month', () => {
    const { run } = julyEstate();
    const step = (args: string[]) => {
      const r = run(['--json', 'unit', ...args]);
      expect(r.code, r.stderr).toBe(0);
      return r.json();
    };
    expect(step(['status', 'L-1-101', 'handed-over', '--reason', '纸质交房记录补录', '--date', '2026-07-15'])).toMatchObject({
      status: 'handed-over',
      from: 'vacant',
      at: '2026-07-15T23:59:59+08:00',
    });
    step(['status', 'L-1-101', 'renovating', '--reason', '装修开工补录', '--date', '2026-08-03']);
    // Nobody moves in while the unit is renovated: refused with the reason.
    const busy = run(['unit', 'move-in', 'L-1-101', '--date', '2026-08-10']);
    expect([busy.code, busy.stderr]).toEqual([2, expect.stringMatching(/^pmdesk: unit L-1-101 is being renovated: finish the renovation first/)]);
    step(['status', 'L-1-101', 'handed-over', '--reason', '装修验收补录', '--date', '2026-08-20']);
    expect(step(['move-in', 'L-1-101', '--date', '2026-09-02', '--resident', '周敏'])).toMatchObject({
      status: 'occupied',
      residents: [{ name: '周敏' }],
    });
    expect(step(['move-out', 'L-1-101', '--date', '2026-09-25'])).toMatchObject({ status: 'vacant', from: 'occupied' });

    const h = run(['--json', 'unit', 'history', 'L-1-101']).json().history;
    expect(h.map((x: any) => [x.at.slice(0, 10), x.event, x.from, x.to])).toEqual([
      ['2026-07-01', 'resident-in', null, null],
      ['2026-07-15', 'status', 'vacant', 'handed-over'],
      ['2026-08-03', 'status', 'handed-over', 'renovating'],
      ['2026-08-20', 'status', 'renovating', 'handed-over'],
      ['2026-09-02', 'move-in', 'handed-over', 'occupied'],
      ['2026-09-25', 'move-out', 'occupied', 'vacant'],
    ]);
    expect(h[4].residents).toEqual([{ id: expect.any(Number), name: '周敏' }]);
    const zh = run(['--lang', 'zh', 'unit', 'history', 'L-1-101']).stdout;
    expect(zh).toMatch(/2026-09-02 23:59 │ 入住登记\s*│ 已交房 → 已入住\s*│ 周敏/);

    const month = (m: string) => run(['--json', 'report', 'units', '--month', m]).json();
    expect(month('2026-07')).toMatchObject({ byStatus: { 'handed-over': 1, vacant: 1 }, changeCounts: { 'vacant→handed-over': 1 } });
    expect(month('2026-08')).toMatchObject({
      byStatus: { 'handed-over': 1, renovating: 0 },
      changeCounts: { 'handed-over→renovating': 1, 'renovating→handed-over': 1 },
    });
    expect(month('2026-09')).toMatchObject({ changeCounts: { 'handed-over→occupied': 1, 'occupied→vacant': 1 } });
    expect(
      run(['--json', 'audit', 'unit:L-1-101'])
        .json()
        .map((a: any) => [a.action, a.old, a.new]),
    ).toContainEqual(['move-in', 'handed-over', 'occupied']);
    // Vacant again after the move-out, but handed over once: a new move-in is no nonsense.
    expect(step(['move-in', 'L-1-101', '--date', '2026-09-28'])).toMatchObject({ from: 'vacant', status: 'occupied' });
  });

  it('refuses the steps that make no sense, with the reason; nothing is written', () => {
    const { db, run } = julyEstate();
    const before = sha(db);
    const refused = (args: string[], re: RegExp) => {
      const r = run(['unit', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    };
    refused(['move-in', 'L-1-101'], /L-1-101 is vacant: it has not been handed over yet/);
    refused(['move-out', 'L-1-101'], /nobody has moved in/);
    refused(['status', 'L-1-101', 'occupied'], /--reason is required/);
    refused(['status', 'L-1-101', 'sold', '--reason', 'x'], /--status: "sold" is not one of/);
    refused(['status', 'L-1-101', 'vacant', '--reason', 'x'], /already vacant/);
    refused(['status', 'L-1-101', 'handed-over', '--reason', 'x', '--date', '2026-10-01'], /after today/);
    expect(sha(db)).toBe(before);
    expect(run(['unit', 'status', 'L-1-101', 'handed-over', '--reason', 'x', '--date', '2026-08-01']).code).toBe(0);
    refused(['move-in', 'L-1-101', '--date', '2026-07-20'], /last changed at 2026-08-01T23:59:59\+08:00/);
    refused(['move-in', 'L-1-101', '--resident', '王伟'], /not registered on L-1-101/);
    const zh = run(['--lang', 'zh', 'unit', 'move-in', 'L-1-102']);
    expect(zh.stderr).toMatch(/房号 L-1-102 当前为“空置”：尚未交房/);
  });
});

describe('re-import lists the differences and applies them only with --apply (R-105)', () => {
  it('an export of units and residents re-imports with no differences and writes nothing, not even an audit row', () => {
    const { dir, db, run } = estate();
    const units = path.join(dir, 'units.csv');
    const people = path.join(dir, 'residents.csv');
    expect(run(['export', 'units', '--out', units]).code).toBe(0);
    expect(run(['export', 'residents', '--unmask', '--reason', '备份', '--out', people]).code).toBe(0);
    expect(fs.readFileSync(people, 'utf8').split(/\r?\n/)[0]).toBe('id,name,role,id_type,id_number,phone,unit');
    const before = sha(db);
    const u = run(['--json', 'unit', 'import', units]);
    expect(u.json()).toMatchObject({ rows: 4, added: 0, changed: 0, unchanged: 4, differences: [] });
    const r = run(['resident', 'import', people]);
    expect([r.code, r.stdout]).toEqual([0, `${people}: 4 rows (utf-8), no differences with the registry: nothing written\n`]);
    expect(sha(db)).toBe(before);
    // The same in Chinese headers (zh export).
    const zh = path.join(dir, 'units-zh.csv');
    expect(run(['--lang', 'zh', 'export', 'units', '--out', zh]).code).toBe(0);
    expect(run(['--json', 'unit', 'import', zh]).json()).toMatchObject({ added: 0, changed: 0 });
    expect(sha(db)).toBe(before);
  });

  it('a changed phone and area: listed (line, field, old → new), nothing written without --apply; applied all at once with it, old values in the audit', () => {
    const { dir, db, run } = estate();
    const people = path.join(dir, 'residents.csv');
    run(['export', 'residents', '--unmask', '--reason', '核对', '--out', people]);
    fs.writeFileSync(
      people,
      fs.readFileSync(people, 'utf8').replaceAll('13812345678', '13912345678').replace('上海某某科技有限公司,company', '上海某某科技有限公司,agent'),
    );
    const before = sha(db);
    const r = run(['--json', 'resident', 'import', people]);
    expect(r.code).toBe(2);
    expect(r.err()).toMatchObject({
      code: 'E_DIFFERS',
      details: ['line 2, 1 王伟, phone: 138****5678 → 139****5678', 'line 5, 3 上海某某科技有限公司, role@B-2-1203: company → agent'],
    });
    expect(sha(db)).toBe(before);
    const ok = run(['--json', 'resident', 'import', people, '--apply']);
    expect(ok.json()).toMatchObject({ added: 0, changed: 2, applied: true });
    const audit = run(['--json', 'audit', 'resident:1'])
      .json()
      .filter((a: any) => a.action === 'correct');
    expect(audit.map((a: any) => [a.field, a.old, a.new])).toEqual([
      ['phone', '13812345678', '13912345678'],
      ['reason', null, 'import residents.csv'],
    ]);
    expect(run(['--json', 'unit', 'show', 'B-2-1203']).json().residents[0].role).toBe('agent');
    // Units: a new row and a changed area in one file — all or nothing.
    const units = path.join(dir, 'units.csv');
    fs.writeFileSync(units, 'code,building,floor,area,status\nA-1-101,A,1,90.10,vacant\nZ-1-101,Z,1,70,vacant\n');
    const before2 = sha(db);
    expect(run(['unit', 'import', units]).stderr).toMatch(
      /differs from the registry in 1 field\(s\), nothing was written[\s\S]*line 2, A-1-101, area: 89.5 → 90.1/,
    );
    expect(run(['--json', 'unit', 'show', 'Z-1-101']).code).toBe(2);
    expect(sha(db)).toBe(before2);
    expect(run(['--json', 'unit', 'import', units, '--apply']).json()).toMatchObject({
      added: 1,
      changed: 1,
      differences: [{ line: 2, field: 'area', old: 89.5, new: 90.1 }],
    });
    expect(run(['--json', 'unit', 'show', 'A-1-101']).json().area).toBe(90.1);
  });

  it('a status the file says otherwise is set directly, the file named as the reason (R-104)', () => {
    const { dir, run } = estate();
    const units = path.join(dir, 'u.csv');
    fs.writeFileSync(units, 'code,status\nA-1-102,vacant\n');
    expect(run(['--json', 'unit', 'import', units, '--apply']).json()).toMatchObject({ changed: 1 });
    expect(run(['--json', 'unit', 'history', 'A-1-102']).json().history.at(-1)).toMatchObject({
      event: 'status',
      from: 'unsold',
      to: 'vacant',
      reason: 'import u.csv',
    });
  });
});
