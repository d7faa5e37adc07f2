// `pmdesk demo`: a realistic estate in a fresh database, then that month's
// report. Workflow modules add their month of activity through `DEMO_STEPS`.
import fs from 'node:fs';
import path from 'node:path';
import { refuse } from '../core/errors.js';
import { demoIdNumber, demoName, demoPhone, demoUnits, rng } from './rules.js';
import { monthRange, previousMonth } from '../core/time.js';
import { inTx, inTxAsync, migrate, openDb } from '../core/store/db.js';
import { setProfileValue } from '../core/store/profile.js';
import { lastAudit, listAudit } from '../core/store/audit.js';
import { tableCounts } from '../core/store/health.js';
import * as units from '../workflows/registry/store-units.js';
import * as residents from '../workflows/registry/store-residents.js';
import { insertStaff } from '../workflows/staff/api.js';
import { makeSession, resolveNow } from '../core/session.js';
import type { Io } from '../core/io.js';
import type { Monthly } from '../report/monthly.js';

export interface DemoResult {
  db: string;
  month: string;
  units: number;
  residents: number;
  report: Monthly;
}

/**
 * A demo database no command has written to since it was made: its last audit row is the
 * demo's own closing row, and every table still has the rows counted then. Anything else
 * may hold real records and is never deleted.
 */
function demoState(file: string): 'untouched' | 'written' | 'other' {
  try {
    const db = openDb(file, { noCheck: true });
    try {
      const rows = listAudit(db, 'database').filter((a) => a.action === 'demo');
      if (!rows.length) return 'other';
      const last = lastAudit(db);
      const done = rows.at(-1)!;
      return done.field === 'made' && last?.id === done.id && done.new === tableCounts(db) ? 'untouched' : 'written';
    } finally {
      db.close();
    }
  } catch {
    return 'other';
  }
}

export async function demo(io: Io, o: { month?: string; size?: string; years?: string }): Promise<DemoResult> {
  const explicit = io.dbFile;
  const file = process.argv.includes('--db') || process.env.PMDESK_DB ? explicit : path.resolve('pmdesk-demo.db');
  if (!['small', 'large'].includes(o.size ?? 'small')) refuse('E_USAGE', 'err.choice', { flag: 'size', value: o.size, choices: 'small large' });
  if (fs.existsSync(file)) {
    const state = demoState(file);
    if (state === 'other') refuse('E_FILE', 'err.demoExists', { file });
    if (state === 'written') refuse('E_FILE', 'err.demoWritten', { file });
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  const now = resolveNow(io, 'Asia/Shanghai');
  const month = o.month ?? previousMonth(now, 'Asia/Shanghai');
  monthRange(month, 'Asia/Shanghai');
  const db = openDb(file, { create: true, noCheck: true });
  try {
    migrate(db, file);
    const firstMonth = o.years && Number(o.years) > 0 ? monthsBack(month, Number(o.years) * 12)[0] : month;
    const start = `${firstMonth}-01T00:00:00+08:00`;
    // the demo estate has a roster; its desk work is done by its reception clerk.
    const sio: Io = { ...io, dbFile: file, at: undefined, nowEnv: io.nowEnv ?? undefined, clerk: DEMO_CLERK };
    const s0 = makeSession(sio, db);
    const r = rng(20261123);
    const large = o.size === 'large';
    const list = large ? demoUnits(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split('').slice(0, 20), 4, 25, 10) : demoUnits(r, ['A', 'B', 'C'], 2, 25, 4); // ≈ 600 units in 3 buildings (issue 8)
    let people = 0;
    // ID numbers are unique; 40,000 random ones collide now and then: draw again.
    const used = new Set<string>();
    const idNumber = () => {
      let id = demoIdNumber(r);
      while (used.has(id)) id = demoIdNumber(r);
      used.add(id);
      return id;
    };
    inTx(db, () => {
      setProfileValue(db, 'estate.name', io.lang === 'zh' ? '虹港家园（演示）' : '虹港家园 (demo)');
      s0.audit({ subject: 'database', action: 'demo', field: 'month', new: month });
      for (const [name, role, dept, areas] of DEMO_ROSTER) insertStaff(db, { name, role, dept, areas, since: start }, start);
      for (const u of list) {
        const id = units.insertUnit(db, u, start);
        if (u.status === 'unsold') continue;
        // quality.md "Scale": about two residents a unit — most homes are owned by a couple
        // (co-owners), a leased one has one or two tenants besides.
        const owners = r() < 0.9 ? 2 : 1;
        for (let k = 0; k < owners; k++) {
          const rid = residents.insertResident(db, { name: demoName(r), idType: 'id', idNumber: idNumber(), phone: demoPhone(r) }, start);
          residents.linkUnit(db, id, rid, k === 0 ? 'owner' : 'co-owner', start);
          people++;
        }
        const tenants = u.status === 'leased' ? (r() < 0.8 ? 2 : 1) : 0;
        for (let k = 0; k < tenants; k++) {
          const rid = residents.insertResident(db, { name: demoName(r), idType: 'id', idNumber: idNumber(), phone: demoPhone(r) }, start);
          residents.linkUnit(db, id, rid, 'tenant', start);
          people++;
        }
      }
    });
    // A month of activity per ~600 units, through the workflows' own commands;
    // the large estate repeats it for every month of its history.
    const { demoMonth } = await import('./month.js');
    const scale = list.length / 600;
    const years = Math.max(0, Math.min(20, Number(o.years ?? (large ? 10 : 0)) || 0));
    const months = years ? monthsBack(month, years * 12) : [month];
    let done = 0;
    for (const m of months) {
      await inTxAsync(db, () => demoMonth(sio, db, m, r, scale, { survey: m.slice(5) === month.slice(5) }));
      if (large) process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}${m} ${++done}/${months.length}${process.stderr.isTTY ? '' : '\n'}`);
    }
    if (large && process.stderr.isTTY) process.stderr.write('\n');
    const { monthly } = await import('../report/monthly.js');
    const report = await monthly(makeSession({ ...sio, nowEnv: sio.nowEnv }, db), month);
    // The closing row: what the demo made, so a later `demo` knows nothing was added since.
    inTx(db, () => {
      const counts = tableCounts(db);
      s0.audit({ subject: 'database', action: 'demo', field: 'made', new: counts.replace(/audit:(\d+)/, (_m, n) => `audit:${Number(n) + 1}`) });
    });
    return { db: file, month, units: list.length, residents: people, report };
  } finally {
    db.close();
  }
}

/** The demo roster: the desk, its supervisor and manager, the technicians the repairs name. */
export const DEMO_CLERK = '王敏';
const DEMO_ROSTER: Array<[string, string, string, string | null]> = [
  ['李建国', 'manager', '管理处', null],
  ['陈刚', 'supervisor', '客服中心', 'A,B,C'],
  ['周红', 'officer', '客服中心', 'A,B'],
  [DEMO_CLERK, 'reception', '客服中心', null],
  ['张师傅', 'technician', '工程部', 'A'],
  ['李师傅', 'technician', '工程部', 'B'],
  ['王师傅', 'technician', '工程部', 'C'],
  ['赵师傅', 'technician', '工程部', null],
  ['吴海', 'dept-manager', '工程部', null],
  ['孙立平', 'gm', '公司', null],
];

/** The `n` months ending with `month`, oldest first. */
function monthsBack(month: string, n: number): string[] {
  const [y, m] = month.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) - (n - 1 - i);
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}

/** What to try next: a hint, like every `next:` (issue 18.6), shown on stderr and only at a terminal. */
export function demoNext(r: DemoResult, io: Io): string {
  return io.t('demo.next', { db: r.db, month: r.month, clerk: DEMO_CLERK });
}

export async function demoView(r: DemoResult, io: Io): Promise<string> {
  const { presentMonthly } = await import('../report/present.js');
  const { docToText } = await import('../formats/render.js');
  return [
    io.t('demo.done', { db: r.db, month: r.month, units: r.units, residents: r.residents }),
    '',
    docToText(presentMonthly(r.report, io.t)),
  ].join('\n');
}
