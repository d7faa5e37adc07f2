// One voice (issue 18.6): every file the program writes is told in one form —
// `written: /path (3 pages)` / `已写出：/path (3 页)`; hints only at a terminal;
// no "-" standing for nothing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { complaintNew, estate, pm, tempDir } from './helpers.js';

const complaint = complaintNew('楼道脏');

describe('every "file written" message has one form (issue 18.6)', () => {
  it('print, report, export and backup: written: <absolute path> (pages, rows or bytes), in both languages', () => {
    const a = estate();
    expect(a.run(complaint).code).toBe(0);
    const pdf = path.join(a.dir, 'ts.pdf');
    const p = a.run(['--lang', 'en', 'complaint', 'print', 'TS-2026-0001', '--format', 'pdf', '--out', pdf]);
    expect(p.code).toBe(0);
    expect(p.stdout.trim()).toMatch(new RegExp(`^written: ${pdf.replace(/[.]/g, '\\.')} \\(\\d+ pages?\\)$`));
    const zh = a.run(['--lang', 'zh', 'complaint', 'print', 'TS-2026-0001', '--format', 'pdf', '--out', path.join(a.dir, 'ts2.pdf')]);
    expect(zh.stdout.trim()).toMatch(/^已写出：\S+ts2\.pdf \(\d+ 页\)$/);
    const html = a.run(['--lang', 'en', 'complaint', 'print', 'TS-2026-0001', '--out', path.join(a.dir, 'f.html')]);
    expect(html.stdout.trim()).toBe(`written: ${path.join(a.dir, 'f.html')}`); // it said nothing before
    const rep = a.run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09', '--format', 'pdf', '--out', path.join(a.dir, 'm.pdf')]);
    expect(rep.code).toBe(0);
    expect(rep.stdout.split('\n')[0]).toMatch(/^已写出：\S+m\.pdf \(\d+ 页\)$/);
    const exp = a.run(['--lang', 'en', 'export', 'complaints', '--out', path.join(a.dir, 'c.csv')]);
    expect(exp.code).toBe(0);
    expect(exp.stderr.trim()).toBe(`written: ${path.join(a.dir, 'c.csv')} (1 row)`);
    const bak = a.run(['--lang', 'zh', 'backup', path.join(a.dir, 'b.db')]);
    expect(bak.code).toBe(0);
    expect(bak.stdout.split('\n')[0]).toMatch(/^已写出：\S+b\.db \(\d+ 字节\)$/);
    expect(bak.stdout).toContain('审计链头');
    for (const r of [p, zh, rep, exp, bak]) expect(`${r.stdout}${r.stderr}`).not.toMatch(/wrote | → \/|已写入/);
  }, 60_000);
});

describe('hints only at a terminal; nothing shown as "-" (issue 18.6)', () => {
  it('demo prints its report, and no `next` hint, when stdout is not a terminal', () => {
    const db = path.join(tempDir(), 'demo.db');
    const r = pm(db, ['demo', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/next \(the demo|接下来/);
    expect(r.stderr).not.toMatch(/next \(the demo|接下来/);
  }, 60_000);

  it('init without --estate (no terminal to ask at) never prints "for -" and says how to name the estate', () => {
    const db = path.join(tempDir(), 'x.db');
    const en = pm(db, ['--lang', 'en', 'init']);
    expect(en.code).toBe(0);
    expect(en.stdout).not.toMatch(/ -\b|for -|：-/);
    expect(en.stdout).toContain('pmdesk init --estate');
    const zh = pm(db, ['--lang', 'zh', 'init']);
    expect(zh.stdout).toContain('小区尚未命名');
    expect(pm(db, ['init', '--estate', '虹港家园']).code).toBe(0);
    expect(pm(db, ['--lang', 'zh', 'init']).stdout).toContain('小区：虹港家园');
  });

  it('checkin: "nothing missing" and "no keys to release" are said, not "-"', () => {
    const { run } = estate();
    const c = run(['--json', 'checkin', 'start', 'A-1-101', '--owner', '王伟', '--absent', '李娜']).json();
    run(['checkin', 'doc', c.no, 'owner-id:王伟', 'owner-id:李娜', 'poa:李娜', 'handover-certificate', 'fees-cleared']);
    run(['checkin', 'meter', c.no, '--water', '12.5', '--electricity', '305', '--gas', '0.8']);
    run(['checkin', 'keys', c.no, '--door', '3', '--mailbox', '1']);
    const signed = run(['--lang', 'en', 'checkin', 'sign', c.no, 'contact-form', 'fire-agreement', 'key-receipt', 'inspection-form']);
    expect(signed.stdout).toContain('nothing missing');
    const done = run(['--lang', 'zh', 'checkin', 'complete', c.no]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('没有需移交的钥匙');
    for (const out of [signed.stdout, done.stdout]) expect(out).not.toMatch(/[:：] ?-\s*$/m);
  }, 40_000);
});
