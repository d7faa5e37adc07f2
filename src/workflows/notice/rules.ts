// Notices 通知 (R-1000, R-1001; seed 001 §四 通知工作流程): pure rules — kinds, the
// notice's states, the audience as typed, the 21:00 rule for calls, the completion rate,
// who is still to be reached and in what order.
import type { KindInfo } from '../../core/kind.js';
import type { Machine } from '../../core/states.js';

/** R-1000: 公示通知 posted, 书面通知 in mailboxes, 电话通知 by phone. */
export const NOTICE_KINDS = ['public', 'written', 'phone'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const OUTCOMES = ['reached', 'no-answer', 'dead-number'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A notice TZ: `draft` → `approved` (R-1001: by the project manager) → `posted` (put up,
 * in the mailboxes, or the calls begin; the audience resolved then) → `expired` (taken
 * down and archived after its expiry, `notice expire`).
 */
export const NOTICE_MACHINE: Machine = {
  type: 'notice',
  next: { draft: ['approved'], approved: ['posted'], posted: ['expired'] },
  verbs: { approved: 'notice approve', posted: 'notice post', expired: 'notice expire' },
};

export const INFO: KindInfo = {
  group: 'notice',
  types: ['notice'],
  final: ['expired', 'voided'],
  gist: ['kind', 'title', 'audience'],
};

export type Audience = { scope: 'estate' } | { scope: 'building'; list: string[] } | { scope: 'units'; list: string[] };

/** `--audience estate | building:A[,B] | units:A-1-101,A-1-102` (楼栋 / 房号 accepted); null when unreadable. */
export function parseAudience(typed: string): Audience | null {
  const t = typed.trim();
  if (/^(estate|全体|全小区)$/i.test(t)) return { scope: 'estate' };
  const m = /^(building|buildings|楼栋|units?|房号)\s*[:：]\s*(.+)$/i.exec(t);
  if (!m) return null;
  const list = [
    ...new Set(
      m[2]
        .split(/[,，]/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
  if (!list.length || list.some((x) => !/^[\p{L}\p{N}-]{1,32}$/u.test(x))) return null;
  return /^(building|buildings|楼栋)$/i.test(m[1]) ? { scope: 'building', list } : { scope: 'units', list };
}

export function audienceText(a: Audience): string {
  return a.scope === 'estate' ? 'estate' : `${a.scope}:${a.list.join(',')}`;
}

/**
 * R-1001 / seed 001 §四 二)7: calls are made before the profile's hour (21:00); "遇重大紧急
 * 事项的通知可适当延长" — an urgent notice may be called later. `localTime` is HH:MM of the call.
 */
export function callAllowed(localTime: string, before: string, urgent: boolean): boolean {
  return urgent || localTime < before;
}

/** R-1001: completion rate = residents reached / audience, against the profile target (95 %). */
export function completion(reached: number, audience: number, target: number): { rate: number | null; met: boolean | null } {
  if (audience === 0) return { rate: null, met: null };
  const rate = reached / audience;
  return { rate: Math.round(rate * 10000) / 10000, met: rate >= target };
}

/**
 * `notice pending`: who is still to be reached, soonest first — never called, then those who
 * did not answer (the longest ago first), then dead numbers (to be corrected before calling).
 */
export function pendingOrder<T extends { outcome: string | null; last_at: string | null; unit: string; resident_id: number }>(rows: T[]): T[] {
  const rank = (o: string | null) => (o === null ? 0 : o === 'no-answer' ? 1 : 2);
  return [...rows].sort(
    (a, b) =>
      rank(a.outcome) - rank(b.outcome) ||
      (a.last_at ?? '').localeCompare(b.last_at ?? '') ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0) ||
      a.resident_id - b.resident_id,
  );
}
