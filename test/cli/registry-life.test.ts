// The registry over time through the binary: corrections with a
// reason (old → new in the audit log), residents ended on a unit, the unit's life.
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

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
