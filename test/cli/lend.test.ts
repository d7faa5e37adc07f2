// Small lending through the binary (R-1300, seed 004 雨伞借用): out against a deposit,
// back checked for damage, the daily count, overdue loans in `report due`, the monthly
// section, the slip read back from the PDF, the export through a CSV parser.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { estate, sha } from './helpers.js';

const WHO = ['--to', '陈女士', '--phone', '13800001234'];
const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0;

describe('lend (R-1300)', () => {
  it('R-1300: a whole life — out with the profile deposit, overdue after 3 days, back damaged with part kept; the ledger says so', () => {
    const { run } = estate();
    const out = run(['--json', 'lend', 'out', '--item', 'umbrella', ...WHO, '--deposit', '20']).json();
    expect(out).toMatchObject({
      no: 'JD-2026-0001',
      type: 'lending',
      status: 'lent',
      item: 'umbrella',
      itemName: '雨伞',
      count: 1,
      borrower: '陈女士',
      phone: '138****1234',
      depositFen: 2000,
      heldFen: 2000,
      dueAt: '2026-10-03T23:59:59+08:00', // §0a: within 3 days (profile deadlines."R-1300.return")
    });
    // The Chinese name works as --item too; the deposit defaults to the profile's × count.
    expect(run(['--json', 'lend', 'out', '--item', '手推车', '--count', '2', ...WHO]).json()).toMatchObject({
      no: 'JD-2026-0002',
      item: 'trolley',
      depositFen: 20000,
    });
    // Overdue loans show in report due: not at the due second, one second after.
    expect(run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-10-03T23:59:59+08:00' }).json().overdue).toEqual([]);
    const due = run(['--json', 'report', 'due'], { PMDESK_NOW: '2026-10-04T08:00:00+08:00' }).json();
    expect(due.overdue.map((d: any) => [d.no, d.step, d.rule])).toEqual([
      ['JD-2026-0001', 'return', 'R-1300.return'],
      ['JD-2026-0002', 'return', 'R-1300.return'],
    ]);
    expect(run(['--json', 'lend', 'list', '--overdue'], { PMDESK_NOW: '2026-10-04T08:00:00+08:00' }).json()).toHaveLength(2);
    // Back undamaged: the whole deposit refunded.
    const back = run(['--json', 'lend', 'back', 'JD-2026-0001'], { PMDESK_NOW: '2026-10-02T09:00:00+08:00' }).json();
    expect(back).toMatchObject({ status: 'returned', damaged: false, refundedFen: 2000, keptFen: 0, heldFen: 0, dueAt: null });
    // Back damaged with --keep: part kept, the rest refunded (seed 004 §4.2).
    const dmg = run(['--json', 'lend', 'back', 'JD-2026-0002', '--damaged', '--keep', '30', '--note', '轮子坏'], {
      PMDESK_NOW: '2026-10-04T09:00:00+08:00',
    }).json();
    expect(dmg).toMatchObject({ status: 'returned', damaged: true, refundedFen: 17000, keptFen: 3000, note: '轮子坏' });
    const show = run(['--json', 'lend', 'show', 'JD-2026-0002']).json();
    expect(show.deadlines[0]).toMatchObject({ rule: 'R-1300.return', doneAt: '2026-10-04T09:00:00+08:00', late: true });
    // the ledger has the three movements of the damaged loan, in fen.
    const ledger = parse(run(['export', 'ledger']).stdout, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(ledger.filter((l) => l.no === 'JD-2026-0002').map((l) => [l.direction, l.amount])).toEqual([
      ['received', '200.00'],
      ['refunded', '170.00'],
      ['deducted', '30.00'],
    ]);
    // Damaged without --keep: the whole deposit is kept (若雨伞破损,押金不予退还).
    run(['lend', 'out', '--item', 'umbrella', ...WHO]);
    expect(run(['--json', 'lend', 'back', 'JD-2026-0003', '--damaged']).json()).toMatchObject({ refundedFen: 0, keptFen: 2000 });
  });

  it('R-1300: bad input is refused with exit 2 and nothing written', () => {
    const { db, run } = estate();
    run(['lend', 'out', '--item', 'toolkit', ...WHO, '--count', '2']);
    run(['lend', 'back', 'JD-2026-0001']);
    const before = sha(db);
    const cases: Array<[string[], RegExp]> = [
      [['lend', 'out', '--item', 'ladder', ...WHO], /not an item the desk lends.*umbrella \(雨伞\), trolley \(手推车\), toolkit \(工具箱\)/],
      [['lend', 'out', '--item', 'trolley', '--count', '5', ...WHO], /only 4 手推车 left to lend \(4 in stock, 0 out\), 5 asked/],
      [['lend', 'out', '--item', 'umbrella', ...WHO, '--deposit', '10'], /deposit for 1 雨伞 is 20\.00 yuan, not 10\.00/],
      [['lend', 'out', '--item', 'umbrella', ...WHO, '--deposit', '-5'], /--deposit/],
      [['lend', 'out', '--item', 'umbrella', '--to', '陈女士', '--phone', '123'], /--phone/],
      [['lend', 'out', '--item', 'umbrella', '--phone', '13800001234'], /--to/],
      [['lend', 'back', 'JD-2026-0001'], /JD-2026-0001 was already returned on 2026-09-30 10:00/],
      [['lend', 'back', 'JD-2026-0099'], /JD-2026-0099/],
      [['lend', 'back', 'TS-2026-0001'], /TS-2026-0001/],
      [['lend', 'count', '--on-hand', 'ladder=2'], /--on-hand: "ladder=2" is not item=count/],
      [['lend', 'count', '--cash', 'abc'], /--cash/],
    ];
    for (const [args, msg] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
    run(['lend', 'out', '--item', 'umbrella', ...WHO]);
    const after = sha(db);
    for (const [args, msg] of [
      [['lend', 'back', 'JD-2026-0002', '--keep', '5'], /--keep is only for a damaged item/],
      [['lend', 'back', 'JD-2026-0002', '--damaged', '--keep', '25'], /--keep 25\.00 is more than the deposit 20\.00 yuan/],
    ] as Array<[string[], RegExp]>) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(msg);
    }
    expect(sha(db)).toBe(after);
    expect(after).not.toBe(before);
    // In Chinese too.
    expect(run(['--lang', 'zh', 'lend', 'out', '--item', 'toolkit', '--count', '3', ...WHO]).stderr).toMatch(/工具箱仅剩 2 件可借/);
  });

  it('R-1300: none left is refused until one comes back; the stock follows the profile', () => {
    const { run } = estate();
    run(['profile', 'set', 'lend.items.toolkit.stock', '1']);
    expect(run(['lend', 'out', '--item', 'toolkit', ...WHO]).code).toBe(0);
    expect(run(['lend', 'out', '--item', 'toolkit', ...WHO]).stderr).toMatch(/only 0 工具箱 left to lend \(1 in stock, 1 out\)/);
    run(['lend', 'back', 'JD-2026-0001']);
    expect(run(['lend', 'out', '--item', 'toolkit', ...WHO]).code).toBe(0);
    // An estate adds its own item.
    expect(run(['profile', 'set', 'lend.items.ladder', '{"name":"梯子","stock":1,"depositFen":5000}']).code).toBe(0);
    expect(run(['--json', 'lend', 'out', '--item', '梯子', ...WHO]).json()).toMatchObject({ item: 'ladder', depositFen: 5000 });
  });

  it('R-1300 / seed 004 §4.3: the daily count — on hand + out = stock, deposits held = open loans, each difference named', () => {
    const { run } = estate();
    run(['lend', 'out', '--item', 'umbrella', ...WHO, '--count', '2']);
    run(['lend', 'out', '--item', 'trolley', ...WHO]);
    run(['lend', 'out', '--item', 'trolley', ...WHO]);
    run(['lend', 'back', 'JD-2026-0003']);
    const ok = run(['--json', 'lend', 'count', '--on-hand', 'umbrella=18,手推车=3', '--cash', '140']).json();
    expect(ok).toMatchObject({ depositsHeldFen: 14000, openDepositsFen: 14000, cashFen: 14000, balanced: true, differences: [] });
    expect(ok.items).toEqual([
      { item: 'umbrella', name: '雨伞', stock: 20, out: 2, onHand: 18, counted: 18, difference: 0 },
      { item: 'trolley', name: '手推车', stock: 4, out: 1, onHand: 3, counted: 3, difference: 0 },
      { item: 'toolkit', name: '工具箱', stock: 2, out: 0, onHand: 2, counted: null, difference: null },
    ]);
    const bad = run(['--json', 'lend', 'count', '--on-hand', 'umbrella=17', '--cash', '120']).json();
    expect(bad.balanced).toBe(false);
    expect(bad.differences).toEqual([
      { what: 'onHand:umbrella', expected: 18, found: 17 },
      { what: 'cash', expected: 14000, found: 12000 },
    ]);
    const text = run(['--lang', 'zh', 'lend', 'count', '--on-hand', 'umbrella=17', '--cash', '120']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/发现 2 处不符/);
    expect(text.stdout).toMatch(/雨伞：应在库 18 件，实点 17 件/);
    expect(text.stdout).toMatch(/现金：实点 120\.00 元，应有 140\.00 元/);
    // The stock lowered below what is out is named too.
    run(['profile', 'set', 'lend.items.umbrella.stock', '1']);
    expect(run(['--json', 'lend', 'count']).json().differences).toEqual([{ what: 'out:umbrella', expected: 1, found: 2 }]);
    // A voided loan gives its deposit back in the ledger: the count still balances.
    run(['profile', 'set', 'lend.items.umbrella.stock', '20']);
    expect(run(['lend', 'void', 'JD-2026-0001', '--reason', '重复录入']).code).toBe(0);
    expect(run(['--json', 'lend', 'count']).json()).toMatchObject({ depositsHeldFen: 10000, openDepositsFen: 10000, balanced: true });
  });

  it('R-900: the monthly lending section counted on a hand-built month; export and the printed slip', () => {
    const { dir, run } = estate();
    const at = (t: string) => ({ PMDESK_NOW: t });
    run(['lend', 'out', '--item', 'umbrella', ...WHO], at('2026-09-01T09:00:00+08:00')); // 0001 back in Sept
    run(['lend', 'out', '--item', 'trolley', ...WHO, '--count', '2'], at('2026-09-10T09:00:00+08:00')); // 0002 damaged, 30 kept
    run(['lend', 'out', '--item', 'umbrella', ...WHO], at('2026-09-28T09:00:00+08:00')); // 0003 still out at month end, overdue then
    run(['lend', 'out', '--item', 'toolkit', ...WHO], at('2026-08-30T09:00:00+08:00')); // 0004 August loan, back in Sept
    run(['lend', 'back', 'JD-2026-0001'], at('2026-09-02T09:00:00+08:00'));
    run(['lend', 'back', 'JD-2026-0002', '--damaged', '--keep', '30'], at('2026-09-11T09:00:00+08:00'));
    run(['lend', 'back', 'JD-2026-0004'], at('2026-09-01T10:00:00+08:00'));
    run(['lend', 'out', '--item', 'umbrella', ...WHO], at('2026-10-02T09:00:00+08:00')); // October: not counted
    const m = run(['--json', 'report', 'monthly', '--month', '2026-09'], at('2026-10-05T09:00:00+08:00')).json();
    expect(m.lending).toEqual({
      loans: 3,
      itemsLent: 4,
      returns: 3,
      damaged: 1,
      overdue: 0, // 0003 is due 2026-10-01 23:59:59: not yet overdue at the end of September
      receivedFen: 2000 + 20000 + 2000,
      refundedFen: 2000 + 17000 + 5000,
      keptFen: 3000,
      heldFen: 2000, // 0003's deposit, held at the end of September
    });
    const zh = run(['--lang', 'zh', 'report', 'monthly', '--month', '2026-09'], at('2026-10-05T09:00:00+08:00')).stdout;
    expect(zh).toMatch(/物品借用（R-1300）/);
    expect(zh).toMatch(/扣留押金（损坏）\s*│\s*30\.00/);
    expect(run(['--json', 'report', 'monthly', '--month', '2026-10'], at('2026-10-05T09:00:00+08:00')).json().lending).toMatchObject({
      loans: 1,
      overdue: 1, // 0003, past due at the report's now
      heldFen: 4000,
    });
    // the export opens in a CSV parser, phones masked.
    const rows = parse(run(['export', 'lending']).stdout, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.no, r.status, r.item, r.deposit, r.damaged, r.kept])).toEqual([
      ['JD-2026-0004', 'returned', '工具箱', '50.00', '', ''],
      ['JD-2026-0001', 'returned', '雨伞', '20.00', '', ''],
      ['JD-2026-0002', 'returned', '手推车', '200.00', 'yes', '30.00'],
      ['JD-2026-0003', 'lent', '雨伞', '20.00', '', ''],
      ['JD-2026-0005', 'lent', '雨伞', '20.00', '', ''],
    ]);
    expect(rows[0].phone).toBe('138****1234');
    if (!HAS_PDFTOTEXT) return;
    const pdf = path.join(dir, 'slip.pdf');
    expect(run(['--lang', 'zh', 'lend', 'print', 'JD-2026-0002', '--format', 'pdf', '--out', pdf]).code).toBe(0);
    const txt = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const w of ['物品借用登记单', 'JD-2026-0002', '手推车', '200.00', '破损', '170.00', '30.00', '借用人签名', '138****1234'])
      expect(txt).toContain(w);
    expect(fs.existsSync(pdf)).toBe(true);
  });
});
