// Human lines of `unit lease` and `unit lease-end`.
import type { Io } from '../../core/io.js';
import { formatFen } from '../../core/money.js';

export function filedView(
  r: { no: string; unit: string | null; tenant?: unknown; from?: unknown; to?: unknown; rentFen?: unknown; dueAt: string | null },
  io: Io,
): string {
  const rent = typeof r.rentFen === 'number' ? io.t('lease.rent', { rent: formatFen(r.rentFen) }) : '';
  return io.t('lease.filed', {
    no: r.no,
    unit: r.unit ?? '',
    tenant: String(r.tenant ?? ''),
    from: String(r.from),
    to: String(r.to),
    rent,
    remind: (r.dueAt ?? '').slice(0, 10),
  });
}

export function endedView(
  r: {
    no: string | null;
    unit: string;
    from: string;
    status: string;
    at: string;
    early: boolean;
    keysOut: Array<{ hook: string; kind: string; count: number }>;
    tenantsEnded: Array<{ name: string }>;
  },
  io: Io,
): string {
  const lines = [
    io.t(r.early ? 'lease.endedEarly' : 'lease.ended', {
      no: r.no ?? '-',
      unit: r.unit,
      at: r.at.slice(0, 10),
      status: io.t(`unitStatus.${r.status}`),
    }),
  ];
  if (r.tenantsEnded.length) lines.push(io.t('lease.tenantsEnded', { names: r.tenantsEnded.map((t) => t.name).join(', ') }));
  lines.push(
    r.keysOut.length ? io.t('lease.keysOut', { keys: r.keysOut.map((k) => `${k.hook} ${k.kind} ×${k.count}`).join(', ') }) : io.t('lease.noKeysOut'),
  );
  return lines.join('\n');
}
