// The staff roster through the binary: add, list, leave; once anyone is
// on it, --clerk / PMDESK_CLERK / the OS user must name an active member.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { estate, pm, sha, tempDir, tty } from './helpers.js';

describe('staff roster (R-106)', () => {
  it('an empty roster lets anyone act; from the first member on, the clerk must be an active member', () => {
    const { db, run } = estate();
    expect(run(['staff', 'list']).stdout).toMatch(/nobody on the roster/);
    const first = run(['--json', 'staff', 'add', '--name', '王敏', '--role', 'reception', '--dept', '客服中心']);
    expect(first.json()).toMatchObject({ name: '王敏', role: 'reception', dept: '客服中心', active: true, leftAt: null });
    // The tester (PMDESK_CLERK) is not on it: refused with the list, nothing written.
    const before = sha(db);
    const r = run(['unit', 'add', 'A-9-901']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('pmdesk: clerk "tester" is not an active member of the staff roster: pass --clerk (or PMDESK_CLERK) with one of: 王敏\n');
    expect(run(['--json', 'unit', 'list']).err().code).toBe('E_CLERK');
    expect(sha(db)).toBe(before);
    // --clerk, PMDESK_CLERK and the OS user all name the person acting.
    expect(run(['--clerk', '王敏', '--json', 'staff', 'add', '--name', '刘强', '--role', '维修工', '--areas', 'A,B，C']).json()).toMatchObject({
      role: 'technician',
      areas: ['A', 'B', 'C'],
    });
    expect(run(['unit', 'add', 'A-9-901'], { PMDESK_CLERK: '刘强' }).code).toBe(0);
    expect(run(['--json', 'audit', 'unit:A-9-901'], { PMDESK_CLERK: '王敏' }).json()[0].clerk).toBe('刘强');
    expect(run(['unit', 'list'], { PMDESK_CLERK: undefined }).stderr).toContain(`clerk "${os.userInfo().username}" is not an active member`);
    // A member who leaves stays on file and is no longer accepted.
    const as = (args: string[]) => run(args, { PMDESK_CLERK: '王敏' });
    expect(as(['--json', 'staff', 'leave', '刘强', '--date', '2026-09-30']).json()).toMatchObject({ name: '刘强', active: false });
    expect(run(['unit', 'list'], { PMDESK_CLERK: '刘强' }).stderr).toMatch(/"刘强" is not an active member[^\n]*one of: 王敏$/m);
    expect(
      as(['--json', 'staff', 'list'])
        .json()
        .map((m: any) => m.name),
    ).toEqual(['王敏']);
    expect(
      as(['--json', 'staff', 'list', '--all'])
        .json()
        .map((m: any) => [m.name, m.active]),
    ).toEqual([
      ['王敏', true],
      ['刘强', false],
    ]);
    expect(as(['--lang', 'zh', 'staff', 'list', '--all']).stdout).toMatch(/刘强 │ 维修工 │/);
  });

  it('refuses a bad role, a duplicate, an unknown member, a future leaving date', () => {
    const { run } = estate();
    expect(run(['staff', 'add', '--name', '王敏', '--role', 'boss']).stderr).toMatch(
      /--role: "boss" is not one of: 项目经理\(manager\) 客服主管\(supervisor\) 客服管理员\(officer\)/,
    );
    expect(run(['--json', 'staff', 'add', '--name', '王敏', '--role', 'manager']).code).toBe(0);
    const as = (args: string[]) => run(args, { PMDESK_CLERK: '王敏' });
    expect(as(['--json', 'staff', 'add', '--name', '王敏', '--role', 'officer']).err().code).toBe('E_EXISTS');
    expect(as(['--json', 'staff', 'leave', '无名']).err().code).toBe('E_NOT_FOUND');
    expect(as(['staff', 'leave', '王敏', '--date', '2026-10-09']).stderr).toMatch(/after today/);
    expect(as(['staff', 'add', '--name', '赵六']).code).toBe(2); // --role required (no prompt without a terminal)
  });

  it('the demo estate has a roster and names its clerk', () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.db');
    const r = pm(db, ['--db', db, 'demo', '--month', '2026-09'], { PMDESK_CLERK: 'someone' });
    expect(r.code, r.stderr).toBe(0);
    // The `--clerk 王敏` hint goes to a terminal only (issue 18.6); the roster names her.
    const roster = pm(db, ['--json', 'staff', 'list'], { PMDESK_CLERK: '王敏' }).json();
    expect(JSON.stringify(roster)).toContain('王敏');
    expect(roster.map((m: any) => m.role)).toEqual(
      expect.arrayContaining(['manager', 'supervisor', 'reception', 'technician', 'gm', 'dept-manager']),
    );
    expect(pm(db, ['report', 'due'], { PMDESK_CLERK: 'someone' }).code).toBe(2);
    expect(
      pm(db, ['--json', 'audit'], { PMDESK_CLERK: '王敏' })
        .json()
        .some((a: any) => a.clerk === '王敏'),
    ).toBe(true);
  }, 60_000);
});

const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!HAS_SCRIPT)('the prompts offer the roster (R-106)', () => {
  it('repair dispatch at a terminal offers the technicians on the roster', async () => {
    const { db, run } = estate();
    const as = { PMDESK_CLERK: '王敏' };
    run(['staff', 'add', '--name', '王敏', '--role', 'reception']);
    run(['staff', 'add', '--name', '刘强', '--role', 'technician', '--dept', '工程部'], as);
    run(['staff', 'add', '--name', '刘备', '--role', 'manager'], as);
    const r = run(
      ['repair', 'new', '--unit', 'A-1-101', '--reporter', '王伟', '--phone', '13812345678', '--desc', '水龙头漏水', '--kind', 'plumbing'],
      as,
    );
    expect(r.code, r.stderr).toBe(0);
    const { out } = await tty(db, ['repair', 'dispatch', 'BX-2026-0001'], ['刘', '\r', '\r', '\r'], 'PMDESK_CLERK=王敏 LANG=C PMDESK_LANG=en');
    expect(out).toContain('刘强');
    expect(out).not.toContain('刘备'); // a manager is not offered as the technician
    expect(run(['--json', 'repair', 'show', 'BX-2026-0001'], as).json()).toMatchObject({ status: 'dispatched', tech: '刘强' });
  }, 40_000);
});
