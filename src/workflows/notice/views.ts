// Human output of `pmdesk notice` (R-1000, R-1001).
import type { Io } from '../../core/io.js';
import { minute } from '../../formats/when.js';
import type { call, pending } from './usecases.js';

const pct = (r: number | null | undefined) => (r === null || r === undefined ? '–' : `${(r * 100).toFixed(1)}%`);

export function createdView(r: { no: string; kind?: unknown; title?: unknown; dueAt: string | null }, io: Io): string {
  const line = io.t('notice.created', { no: r.no, kind: io.t(`notice.kind.${r.kind}`), title: r.title });
  return r.dueAt ? `${line}\n${io.t('notice.due', { due: minute(r.dueAt) })}` : line;
}

export function postedView(r: { no: string; audienceSize?: unknown; units?: unknown; expiresAt?: unknown }, io: Io): string {
  return io.t('notice.posted', { no: r.no, size: r.audienceSize, units: r.units, expires: minute(r.expiresAt as string) });
}

export function calledView(r: ReturnType<typeof call>, io: Io): string {
  const line = io.t('notice.called', {
    no: r.no,
    name: r.name,
    phone: r.phone,
    outcome: io.t(`notice.outcome.${r.outcome}`),
    reached: r.reached,
    size: r.audienceSize,
    rate: pct(r.completionRate),
  });
  return r.deadNumberFlagged ? `${line}\n${io.t('notice.flagged')}` : line;
}

export async function pendingView(r: ReturnType<typeof pending>, io: Io): Promise<string> {
  const t = io.t;
  const head = t('notice.pendingTitle', {
    no: r.no,
    reached: r.reached,
    size: r.audienceSize,
    rate: pct(r.completionRate),
    target: pct(r.targetRate),
    n: r.pending.length,
  });
  if (!r.pending.length) return `${head}\n${t('notice.nonePending')}`;
  const { table } = await import('../../formats/table.js');
  return `${head}\n${table(
    [
      { head: t('col.unit') },
      { head: t('notice.col.name') },
      { head: t('notice.col.phone') },
      { head: t('notice.col.attempts') },
      { head: t('notice.col.last') },
    ],
    r.pending.map((p) => [
      p.unit,
      p.name,
      p.deadNumber ? `${p.phone} ✗` : p.phone,
      p.attempts,
      p.lastOutcome ? `${t(`notice.outcome.${p.lastOutcome}`)} ${minute(p.lastAt)}` : '',
    ]),
  )}`;
}
