// Human views of `pmdesk renovate …` (the JSON is the use-case result itself).
import type { Io } from '../../core/io.js';
import { table } from '../../formats/table.js';
import { minute } from '../../formats/when.js';
import { formatFen } from '../../core/money.js';
import type { RecordJson } from '../../records/usecases.js';
import type { RenovationDetail } from './usecases.js';
import { say } from '../../core/words.js';

/** A renovation use-case's result as `state` reads it: its JSON, maybe with the notice just issued. */
type Renovation = Pick<RecordJson, 'no' | 'status' | 'dueAt'> &
  Partial<Pick<RenovationDetail, 'missingDocs' | 'permit' | 'hotWorkPermit'>> & { notice?: string };

/** One line: number, status, what is missing, the next deadline, a notice or permit issued. */
export function state(r: Renovation, io: Io): string {
  const extra = [
    r.missingDocs?.length ? io.t('renovate.missing', { docs: r.missingDocs.join(' ') }) : '',
    r.dueAt ? `${io.t('col.due')} ${minute(r.dueAt)}` : '',
    r.notice ?? '',
    r.permit && r.status === 'active' && !r.notice ? io.t('renovate.permitIssued', { permit: r.permit }) : '',
    r.hotWorkPermit && r.status === 'active' && !r.notice ? io.t('renovate.hotWorkIssued', { permit: r.hotWorkPermit }) : '',
  ].filter(Boolean);
  return io.t('renovate.state', { no: r.no, status: say(io.t, 'renovation', 'status', r.status), extra: extra.map((x) => ` · ${x}`).join('') });
}

/** The four sums of cli.md, in yuan. */
export function sums(r: { receivedFen: number; refundedFen: number; deductedFen: number; heldFen: number }, io: Io): string {
  return io.t('renovate.sums', {
    received: formatFen(r.receivedFen),
    refunded: formatFen(r.refundedFen),
    deducted: formatFen(r.deductedFen),
    held: formatFen(r.heldFen),
  });
}

export function pass(r: { pass: string; expiresAt: string; feeCollected: boolean }, io: Io): string {
  return io.t('renovate.pass', { pass: r.pass, until: r.expiresAt.slice(0, 10), fee: r.feeCollected ? io.t('renovate.passFee') : '' });
}

export function ledger(
  r: { entries: Array<{ item: string; direction: string; amountFen: number; at: string }> } & Parameters<typeof sums>[0],
  io: Io,
): string {
  const item = (k: string) => {
    const t = io.t(`renovate.item.${k}`);
    return t === `renovate.item.${k}` ? k : t; // damage lines carry their own text
  };
  const rows = r.entries.map((e) => [item(e.item), io.t(`renovate.dir.${e.direction}`), formatFen(e.amountFen), minute(e.at)]);
  return `${table([{ head: io.t('csv.item') }, { head: io.t('csv.direction') }, { head: io.t('csv.amount') }, { head: io.t('csv.at') }], rows)}\n${sums(r, io)}`;
}

/** A due time as the desk says it: "11月18日上午" / "Nov 18 morning" (noon and before is the morning). */
export function halfDay(io: Io, iso: string): string {
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const am = Number(iso.slice(11, 13)) < 13;
  return io.t(am ? 'renovate.am' : 'renovate.pm', { day, mon: io.lang === 'zh' ? `${month}月` : MONTHS[month - 1] });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `renovate pay`: paid, the permits, and when the first inspection is due; then the sums. */
export function paid(r: Renovation & Parameters<typeof sums>[0], io: Io): string {
  const permits = [r.permit, r.hotWorkPermit].filter(Boolean).join(' ');
  const first = r.dueAt ? io.t('renovate.firstInspection', { when: halfDay(io, r.dueAt), at: minute(r.dueAt) }) : '';
  return `${io.t('renovate.paid', { no: r.no, permits, first })}\n${sums(r, io)}`;
}
