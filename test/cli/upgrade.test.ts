// quality.md "Upgrades": a database made by every earlier schema version (built
// by the migration code stopped at that version, with data of its tables)
// upgrades with `pmdesk init`, takes a backup first, and loses nothing.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDb, migrations } from '../../src/core/store/db.js';
import { pm, tempDir } from './helpers.js';

const LATEST = migrations().length;
const T = '2026-01-05T09:00:00+08:00';

function build(file: string, version: number): void {
  const db = openDb(file, { create: true, migrate: true, upTo: version, now: () => T });
  db.prepare(`INSERT INTO units(code, building, floor, area_centi, status, created_at, updated_at) VALUES ('U-1','U',1,8000,'vacant',?,?)`).run(T, T);
  db.prepare(
    `INSERT INTO residents(name, id_type, id_number, phone, created_at, updated_at) VALUES ('老业主','id','11010519491231002X','13812345678',?,?)`,
  ).run(T, T);
  db.prepare(`INSERT INTO unit_residents(unit_id, resident_id, role, since) VALUES (1, 1, 'owner', ?)`).run(T);
  if (version >= 2) {
    db.prepare(
      `INSERT INTO records(no, type, status, unit_id, event_at, created_at, updated_at) VALUES ('TS-2026-0001','complaint','new',1,?,?,?)`,
    ).run(T, T, T);
    db.prepare(`INSERT INTO sequences(prefix, year, last) VALUES ('TS', 2026, 1)`).run();
    db.prepare(`INSERT INTO deadlines(record_id, step, rule, due_at) VALUES (1, 'feedback', 'R-402.feedback', '2026-01-06T09:00:00+08:00')`).run();
  }
  if (version >= 3) {
    db.prepare(`INSERT INTO records(no, type, status, unit_id, event_at, created_at, updated_at) VALUES ('BX-2026-0001','repair','new',1,?,?,?)`).run(
      T,
      T,
      T,
    );
    db.prepare(`INSERT INTO repairs(record_id, description) VALUES (2, '漏水')`).run();
    db.prepare(`INSERT INTO sequences(prefix, year, last) VALUES ('BX', 2026, 1)`).run(); // as pmdesk issues a number (doctor checks it)
  }
  db.close();
}

describe('upgrade from every earlier schema version', () => {
  for (let v = 1; v < LATEST; v++) {
    it(`version ${v} → ${LATEST}`, () => {
      const dir = tempDir();
      const file = path.join(dir, `v${v}.db`);
      build(file, v);
      const r = pm(file, ['--json', 'init']);
      expect(r.code).toBe(0);
      expect(r.json()).toMatchObject({ from: v, to: LATEST });
      expect(fs.statSync(r.json().backup).mode & 0o777).toBe(0o600);
      const bak = new Database(r.json().backup, { readonly: true });
      expect(bak.pragma('user_version', { simple: true })).toBe(v);
      bak.close();
      expect(
        pm(file, ['--json', 'unit', 'list'])
          .json()
          .map((u: any) => u.code),
      ).toEqual(['U-1']);
      expect(pm(file, ['--json', 'resident', 'show', '1']).json()).toMatchObject({ name: '老业主', idNumber: '110105********002X' });
      if (v >= 2)
        expect(
          pm(file, ['--json', 'complaint', 'list'])
            .json()
            .map((c: any) => c.no),
        ).toEqual(['TS-2026-0001']);
      if (v >= 3) expect(pm(file, ['--json', 'repair', 'show', 'BX-2026-0001']).json().description).toBe('漏水');
      // The next number continues the sequence.
      const next = pm(file, ['--json', 'complaint', 'new', '--name', 'x', '--channel', 'phone', '--about', 'y', '--desc', 'z'], {
        PMDESK_NOW: '2026-01-10T09:00:00+08:00',
      });
      expect(next.json().no).toBe(v >= 2 ? 'TS-2026-0002' : 'TS-2026-0001');
      const doctor = pm(file, ['--json', 'doctor'], { PMDESK_NOW: '2026-01-10T09:00:00+08:00' }).json();
      expect(doctor.checks.filter((c: any) => !c.ok)).toEqual([]);
    });
  }
});
