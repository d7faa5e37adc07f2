// A terminal page (quality.md: a read command on a large estate answers in
// start-up time): `<group> list` shows the newest page and says how many match;
// `report due` the oldest of each section with the full counts. --json and --csv
// keep every row. The page logic runs in-process on a real database.
import { describe, expect, it } from 'vitest';
import { makeIo } from '../../src/cli/run.js';
import { listPage } from '../../src/records/usecases.js';
import { reportDue } from '../../src/admin/usecases.js';
import { loadKind } from '../../src/workflows/index.js';
import { recordsView, dueView } from '../../src/records/views.js';
import { estate, NOW } from './helpers.js';

const NEW = ['complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁'];

describe('terminal pages', () => {
  it('list: the newest n in order, with the count of all that match; --json gives all', async () => {
    const { db, run } = estate();
    for (const [i, t] of ['08:00', '09:00', '09:30'].entries()) run([...NEW, '--desc', `第${i + 1}次`], { PMDESK_NOW: `2026-09-30T${t}:00+08:00` });
    const io = { ...makeIo({ db, lang: 'en' }, { PMDESK_NOW: NOW }), color: false };
    const kind = await loadKind('complaint');
    const page = listPage(io, kind, { open: true }, 2);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.no)).toEqual(['TS-2026-0002', 'TS-2026-0003']);
    expect(recordsView(page.rows, io, {}, kind.gist, page.total)).toMatch(/newest 2 of 3, 1 more · all: --all, --json or --csv/);
    expect(listPage(io, kind, { open: true }).rows).toHaveLength(3);
    expect(run(['--json', 'complaint', 'list', '--open']).json()).toHaveLength(3);
  });

  it('report due: the oldest of each section and the full counts', async () => {
    const { db, run } = estate();
    for (const t of ['2026-09-29T08:00', '2026-09-29T09:00', '2026-09-29T11:00']) run([...NEW, '--desc', '楼道脏', '--at', t]);
    const io = { ...makeIo({ db, lang: 'en' }, { PMDESK_NOW: NOW }), color: false };
    // The 24-hour feedback deadlines: two passed by 10:00 on Sep 30, one due at 11:00 that day.
    const r = await reportDue(io, 1);
    expect(r.total).toEqual({ overdue: 2, dueToday: 1 });
    expect(r.overdue.map((d) => d.dueAt)).toEqual(['2026-09-30T08:00:00+08:00']);
    expect(r.dueToday.map((d) => d.dueAt)).toEqual(['2026-09-30T11:00:00+08:00']);
    expect(dueView(r, io)).toMatch(/overdue[\s\S]*… and 1 more/i);
    expect(run(['--json', 'report', 'due']).json().overdue).toHaveLength(2);
  });
});
