// Leases through the binary: 出租备案 with a validated tenant, the
// agency fee in the ledger, the 30-day reminder in `report due`, `lease list
// --ending-within`, the printed form, 撤租 (meters, keys out, tenants ended), and a
// unit's whole life month by month in `unit history` and `report units`.
import { describe, expect, it } from 'vitest';
import { estate, fixture, sha } from './helpers.js';

const TENANT = ['--tenant', '赵磊', '--id-number', '320502198506124512', '--phone', '13712345678'];

/** An estate whose unit L-1-101 was registered on 1 July, with its owner. */
const julyEstate = fixture((e) => {
  const july = { PMDESK_NOW: '2026-07-01T09:00:00+08:00' };
  expect(e.run(['unit', 'add', 'L-1-101', '--building', 'L', '--floor', '1'], july).code).toBe(0);
  expect(e.run(['resident', 'add', '--name', '周敏', '--role', 'owner', '--id-number', '110101199003071233', '--unit', 'L-1-101'], july).code).toBe(
    0,
  );
  return {};
});

describe("a unit's whole life (R-104, R-103, R-107)", () => {
  it('vacant → handed over → renovating → handed over → occupied → leased → ended early → occupied → moved out → vacant', () => {
    const { run } = julyEstate();
    const ok = (args: string[], env?: Record<string, string>) => {
      const r = run(['--json', ...args], env);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      return r.json();
    };
    ok(['unit', 'status', 'L-1-101', 'handed-over', '--reason', '纸质交房记录补录', '--date', '2026-07-10']);
    ok(['unit', 'status', 'L-1-101', 'renovating', '--reason', '装修补录', '--date', '2026-07-20']);
    ok(['unit', 'status', 'L-1-101', 'handed-over', '--reason', '装修验收补录', '--date', '2026-08-05']);
    ok(['unit', 'move-in', 'L-1-101', '--date', '2026-08-06', '--resident', '周敏']);
    const lease = ok(['unit', 'lease', 'L-1-101', ...TENANT, '--from', '2026-08-15', '--to', '2027-08-14', '--rent', '3500', '--agency-fee', '1750']);
    expect(lease).toMatchObject({
      no: 'ZL-2026-0001',
      type: 'lease',
      status: 'active',
      unit: 'L-1-101',
      tenant: '赵磊',
      rentFen: 350000,
      agencyFeeFen: 175000,
    });
    expect(lease.idNumber).toBe('320502********4512');
    // Ending before the term needs --early; then the tenant is ended and the unit is back to occupied.
    const meters = ['--water', '132.5', '--electricity', '2210', '--gas', '88'];
    expect(run(['--json', 'unit', 'lease-end', 'L-1-101', '--date', '2026-09-10', ...meters]).err().code).toBe('E_USAGE');
    const end = ok(['unit', 'lease-end', 'L-1-101', '--date', '2026-09-10', '--early', ...meters]);
    expect(end).toMatchObject({ no: 'ZL-2026-0001', from: 'leased', status: 'occupied', early: true, tenantsEnded: [{ name: '赵磊' }], keysOut: [] });
    expect(ok(['lease', 'show', 'ZL-2026-0001'])).toMatchObject({
      status: 'ended',
      early: true,
      endedAt: '2026-09-10T23:59:59+08:00',
      meters: { water: '132.5', electricity: '2210', gas: '88' },
    });
    expect(ok(['unit', 'show', 'L-1-101']).residents.map((r: any) => r.name)).toEqual(['周敏']);
    ok(['unit', 'move-out', 'L-1-101', '--date', '2026-09-25']);

    const h = ok(['unit', 'history', 'L-1-101']).history.filter((x: any) => x.to);
    expect(h.map((x: any) => [x.at.slice(0, 10), x.event, x.from, x.to])).toEqual([
      ['2026-07-10', 'status', 'vacant', 'handed-over'],
      ['2026-07-20', 'status', 'handed-over', 'renovating'],
      ['2026-08-05', 'status', 'renovating', 'handed-over'],
      ['2026-08-06', 'move-in', 'handed-over', 'occupied'],
      ['2026-08-15', 'lease', 'occupied', 'leased'],
      ['2026-09-10', 'lease-end', 'leased', 'occupied'],
      ['2026-09-25', 'move-out', 'occupied', 'vacant'],
    ]);
    const tenantRows = ok(['unit', 'history', 'L-1-101']).history.filter((x: any) => x.resident?.name === '赵磊');
    expect(tenantRows.map((x: any) => [x.event, x.at.slice(0, 10)])).toEqual([
      ['resident-in', '2026-08-15'],
      ['resident-out', '2026-09-10'],
    ]);
    const month = (m: string) => ok(['report', 'units', '--month', m]);
    expect(month('2026-07')).toMatchObject({ byStatus: { renovating: 1 }, changeCounts: { 'vacant→handed-over': 1, 'handed-over→renovating': 1 } });
    expect(month('2026-08')).toMatchObject({
      byStatus: { leased: 1 },
      changeCounts: { 'renovating→handed-over': 1, 'handed-over→occupied': 1, 'occupied→leased': 1 },
    });
    expect(month('2026-09')).toMatchObject({
      byStatus: { vacant: 2, leased: 0 }, // L-1-101 and the fixture's A-1-101
      changeCounts: { 'leased→occupied': 1, 'occupied→vacant': 1 },
    });
    // the agency fee is a ledger entry of the lease.
    expect(run(['export', 'ledger']).stdout).toMatch(/ZL-2026-0001,agency-fee,received,1750\.00,2026-08-15/);
  });
});

describe('leases (R-107)', () => {
  it('the 30-day reminder is a deadline in report due on the day, and lease list --ending-within 30d finds it', () => {
    const { run } = estate();
    expect(run(['unit', 'status', 'A-1-201', 'handed-over', '--reason', 'x']).code).toBe(2); // already handed over (fixture)
    const r = run(['--json', 'unit', 'lease', 'A-1-201', ...TENANT, '--from', '2026-09-30', '--to', '2026-10-30']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().dueAt).toBe('2026-09-30T23:59:59+08:00'); // 30 days before 2026-10-30 is today (NOW 2026-09-30)
    const due = run(['--json', 'report', 'due']).json();
    expect(due.dueToday).toContainEqual(expect.objectContaining({ no: 'ZL-2026-0001', step: 'reminder', rule: 'R-107.reminder', group: 'lease' }));
    // The day before, it is not due yet; the day after, it is overdue.
    expect(
      run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-09-30T08:00:00+08:00' })
        .json()
        .dueToday.map((d: any) => d.no),
    ).toContain('ZL-2026-0001');
    expect(
      run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-10-01T08:00:00+08:00' })
        .json()
        .overdue.map((d: any) => d.step),
    ).toContain('reminder');
    expect(
      run(['--json', 'lease', 'list', '--ending-within', '30d'])
        .json()
        .map((l: any) => l.no),
    ).toEqual(['ZL-2026-0001']);
    expect(run(['--json', 'lease', 'list', '--ending-within', '29d']).json()).toEqual([]);
    expect(run(['--json', 'lease', 'list', '--ending-within', 'soon']).err().code).toBe('E_VALUE');
    // The desk reminds: the step is done, gone from report due.
    expect(run(['lease', 'remind', 'ZL-2026-0001', '--note', '已电话通知']).stdout).toMatch(
      /ZL-2026-0001: reminder given \(the lease ends 2026-10-30\)/,
    );
    expect(
      run(['--json', 'report', 'due'])
        .json()
        .dueToday.map((d: any) => d.no),
    ).not.toContain('ZL-2026-0001');
    expect(run(['--json', 'lease', 'remind', 'ZL-2026-0001']).err().code).toBe('E_STATE');
  });

  it('prints the 租赁备案登记表 with the owner, the tenant masked, the term and the rent', () => {
    const { run } = estate();
    expect(run(['unit', 'lease', 'A-1-201', ...TENANT, '--from', '2026-09-01', '--to', '2027-08-31', '--rent', '3500.5']).code).toBe(0);
    const html = run(['--lang', 'zh', 'lease', 'print', 'ZL-2026-0001']).stdout;
    for (const w of [
      '租赁备案登记表',
      'ZL-2026-0001',
      'A-1-201',
      '王伟',
      '赵磊',
      '320502********4512',
      '2026-09-01 — 2027-08-31',
      '3500.50',
      '承租人签字',
    ])
      expect(html).toContain(w);
    expect(html).not.toContain('320502198506124512');
  });

  it('refuses what makes no sense: never handed over, overlapping terms, a bad ID, to before from — nothing written', () => {
    const { db, run } = estate();
    const before = sha(db);
    const refused = (args: string[], re: RegExp) => {
      const r = run(['unit', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(re);
    };
    refused(['lease', 'A-1-101', ...TENANT, '--from', '2026-09-01', '--to', '2027-08-31'], /A-1-101 is vacant: it has not been handed over yet/);
    refused(
      [
        'lease',
        'A-1-201',
        ...TENANT.slice(0, 2),
        '--id-number',
        '320502198506124513',
        '--phone',
        '13712345678',
        '--from',
        '2026-09-01',
        '--to',
        '2027-08-31',
      ],
      /--id-number/,
    );
    refused(['lease', 'A-1-201', ...TENANT, '--from', '2026-09-01', '--to', '2026-08-31'], /before or on the day it starts/);
    refused(['lease', 'A-1-201', ...TENANT, '--from', '2026-09-01'], /missing --to/);
    refused(['lease-end', 'A-1-201', '--water', '1', '--electricity', '2', '--gas', '3'], /not leased: there is no lease to end/);
    expect(sha(db)).toBe(before);
    expect(run(['unit', 'lease', 'A-1-201', ...TENANT, '--from', '2026-09-01', '--to', '2027-08-31']).code).toBe(0);
    refused(
      [
        'lease',
        'A-1-201',
        '--tenant',
        '钱芳',
        '--id-number',
        '440304199211203057',
        '--phone',
        '13612345678',
        '--from',
        '2026-10-01',
        '--to',
        '2027-03-31',
      ],
      /already has lease ZL-2026-0001 for 2026-09-01 – 2027-08-31: leases on a unit cannot overlap/,
    );
    refused(['move-in', 'A-1-201'], /is leased: end the lease first/);
    refused(['lease-end', 'A-1-201', '--early', '--water', '1', '--electricity', '2'], /missing --gas/);
    refused(['lease-end', 'A-1-201', '--early', '--water', 'x', '--electricity', '2', '--gas', '3'], /--water: "x" is not a meter reading/);
    // A lease in force is ended, not voided.
    expect(run(['lease', 'void', 'ZL-2026-0001', '--reason', '录错']).stderr).toMatch(/in force: end it with `pmdesk unit lease-end A-1-201`/);
  });

  it('撤租 lists the keys of the unit still out', () => {
    const { run } = estate();
    expect(run(['keys', 'add', 'A-1-201', '--kind', 'door', '--count', '2', '--custody', 'developer']).code).toBe(0);
    expect(run(['unit', 'lease', 'A-1-201', ...TENANT, '--from', '2026-09-01', '--to', '2027-08-31']).code).toBe(0);
    const lend = run(['keys', 'lend', 'A-1-201:door', '--to', '刘强', '--phone', '13912345678', '--reason', '入户检修']);
    expect(lend.code, lend.stderr).toBe(0);
    const r = run(['unit', 'lease-end', 'A-1-201', '--early', '--water', '1', '--electricity', '2', '--gas', '3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/keys of the unit still out — get them back: K0001 door ×2/);
    expect(r.stdout).toMatch(/the unit is handed over/);
  });
});
