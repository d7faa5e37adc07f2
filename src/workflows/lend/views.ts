// Human output of `pmdesk lend` (R-1300): the lending line, and the daily count.
import type { Io } from '../../core/io.js';
import { formatFen } from '../../core/money.js';
import { minute } from '../../formats/when.js';
import type { CountResult } from './usecases.js';

export function outView(r: { no: string; count?: number; itemName?: string; borrower?: string; depositFen?: number; dueAt: string | null }, io: Io) {
  return io.t('lend.out', {
    no: r.no,
    count: r.count,
    item: r.itemName,
    borrower: r.borrower,
    deposit: formatFen(r.depositFen ?? 0),
    due: minute(r.dueAt),
  });
}

export function backView(r: { no: string; damaged?: boolean; refundedFen?: number; keptFen?: number }, io: Io) {
  const line = io.t('lend.back', { no: r.no, refunded: formatFen(r.refundedFen ?? 0), kept: formatFen(r.keptFen ?? 0) });
  return r.damaged ? `${line} ${io.t('lend.backDamaged')}` : line;
}

export async function countView(c: CountResult, io: Io): Promise<string> {
  const { table } = await import('../../formats/table.js');
  const t = io.t;
  const names = Object.fromEntries(c.items.map((l) => [l.item, l.name]));
  const lines = [
    t('lend.count.title', { at: minute(c.at) }),
    table(
      [
        { head: t('lend.col.item') },
        { head: t('lend.col.stock') },
        { head: t('lend.col.out') },
        { head: t('lend.col.onHand') },
        { head: t('lend.col.counted') },
        { head: t('lend.col.diff') },
      ],
      c.items.map((l) => [
        io.lang === 'zh' ? l.name : `${l.item} ${l.name}`,
        l.stock,
        l.out,
        l.onHand,
        l.counted ?? '',
        l.difference === null ? '' : l.difference > 0 ? `+${l.difference}` : l.difference,
      ]),
    ),
    t('lend.count.deposits', { held: formatFen(c.depositsHeldFen), open: formatFen(c.openDepositsFen) }),
  ];
  if (c.cashFen !== null) lines.push(t('lend.count.cash', { cash: formatFen(c.cashFen) }));
  if (c.balanced) lines.push(t('lend.count.ok'));
  else {
    lines.push(t('lend.count.diffs', { n: c.differences.length }));
    for (const d of c.differences) {
      const [kind, item] = d.what.split(':');
      const money = kind === 'deposits' || kind === 'cash';
      lines.push(
        `  - ${t(`lend.diff.${kind}`, {
          name: item ? (names[item] ?? item) : '',
          expected: money ? formatFen(d.expected) : d.expected,
          found: money ? formatFen(d.found) : d.found,
        })}`,
      );
    }
  }
  return lines.join('\n');
}
