// Notices 通知 (R-1000, R-1001; seed 001 §四): `notice new` (a draft with its
// audience), `approve` (the project manager, by name), `post` (the audience resolved to
// residents from the registry; public and written notices reach them as posted; the
// urgent 30-minute and the written day-ahead deadlines closed), `call` (phone notices:
// each call logged, before 21:00, a dead number flagged), `pending`, `expire`.
import { refuse } from '../../core/errors.js';
import { PREFIXES } from '../../core/numbers.js';
import { maskPhone } from '../../core/identity.js';
import { choice, text } from '../../core/input.js';
import { addEvent, closeDeadline, createRecord, loadRecord, move, openDeadline, openDeadlineAt } from '../../core/loop.js';
import { getRecordById, type RecordRow } from '../../core/store/records.js';
import { addDays } from '../../core/calendar.js';
import { atLocal, localDate, parseInstant } from '../../core/time.js';
import type { Kind } from '../../core/kind.js';
import { read, write, type Session } from '../../core/session.js';
import type { Io } from '../../core/io.js';
import { recordJson } from '../../records/usecases.js';
import { resolveResident } from '../registry/api.js';
import {
  type Audience,
  audienceText,
  callAllowed,
  completion,
  INFO,
  NOTICE_KINDS,
  NOTICE_MACHINE,
  OUTCOMES,
  parseAudience,
  pendingOrder,
} from './rules.js';
import * as store from './store.js';

const target = (s: Session) => s.profile.targets.noticeCompletionRate ?? 0.95;

function readAudience(s: Session, typed: string | undefined): Audience {
  const a = parseAudience(typed ?? '');
  if (!a) refuse('E_VALUE', 'err.noticeAudience', { value: typed ?? '' });
  if (a.scope === 'units') {
    const found = new Set(store.existingUnits(s.db, a.list));
    const missing = a.list.filter((c) => !found.has(c.toLowerCase()));
    if (missing.length) refuse('E_NOT_FOUND', 'err.noticeNoUnit', { units: missing.join(', ') });
  }
  if (a.scope === 'building') {
    const found = new Set(store.existingBuildings(s.db, a.list));
    const missing = a.list.filter((b) => !found.has(b));
    if (missing.length) refuse('E_NOT_FOUND', 'err.noticeNoBuilding', { buildings: missing.join(', ') });
  }
  return a;
}

/** `notice new` (R-1000): a draft, to be approved before it is posted (R-1001). */
export function newNotice(
  io: Io,
  o: { kind?: string; title?: string; body?: string; audience?: string; urgent?: boolean; expires?: string; event?: string },
) {
  return write(io, (s) => {
    const kind = choice(o.kind, 'kind', NOTICE_KINDS);
    const title = text(o.title, 'title', 100);
    const body = text(o.body, 'body', 2000);
    const audience = readAudience(s, o.audience);
    const expiresAt = o.expires === undefined ? null : parseInstant(o.expires, s.tz, { flag: 'expires', endOfDay: true });
    if (expiresAt && expiresAt <= s.at) refuse('E_VALUE', 'err.noticeExpiresPast', { expires: expiresAt.slice(0, 16).replace('T', ' ') });
    // Written notices go in the mailboxes one day ahead of what they announce (seed 001 §四 二)5).
    let eventDate: string | null = null;
    if (o.event !== undefined) eventDate = localDate(parseInstant(o.event, s.tz, { flag: 'event' }), s.tz);
    if (kind === 'written' && !eventDate) refuse('E_USAGE', 'err.noticeEventNeeded');
    if (kind === 'written' && eventDate! <= localDate(s.at, s.tz)) refuse('E_VALUE', 'err.noticeEventPast', { event: eventDate });
    const r = createRecord(s, {
      type: 'notice',
      prefix: PREFIXES.notice,
      status: 'draft',
      unitId: null,
      data: { kind, title, audience: audienceText(audience), urgent: !!o.urgent },
    });
    store.insertNotice(s.db, {
      record_id: r.id,
      kind,
      title,
      body,
      audience: audienceText(audience),
      urgent: o.urgent ? 1 : 0,
      event_date: eventDate,
      expires_at: expiresAt,
    });
    // R-1001: an urgent notice is posted within 30 minutes of the news reaching the desk (--at: when it did).
    if (o.urgent) openDeadline(s, r, 'post', 'R-1001.urgent-post', r.event_at);
    else if (kind === 'written') openDeadlineAt(s, r, 'post', 'R-1000.written-ahead', atLocal(addDays(eventDate!, -1), '23:59:59', s.tz));
    return noticeJson(s, r);
  });
}

/** `notice approve` (R-1001): the project manager approves before posting. */
export function approve(io: Io, no: string, o: { approvedBy?: string }) {
  return write(io, (s) => {
    let r = loadRecord(s, no, INFO.types, INFO.group);
    const by = text(o.approvedBy, 'approved-by', 64);
    r = move(s, r, NOTICE_MACHINE, 'approved', 'approve', { approvedBy: by });
    store.updateNotice(s.db, r.id, { approved_by: by, approved_at: s.at });
    return noticeJson(s, r);
  });
}

/**
 * `notice post` (R-1000): the audience resolved to the residents of the registry now. A
 * public notice is up and a written one in the mailboxes: they reach every resident as
 * posted; a phone notice's residents are reached call by call.
 */
export function post(io: Io, no: string) {
  return write(io, (s) => {
    let r = loadRecord(s, no, INFO.types, INFO.group);
    const n = store.getNotice(s.db, r.id)!;
    if (r.status === 'draft' && !r.voided) refuse('E_STATE', 'err.noticeNotApproved', { no: r.no });
    const a = parseAudience(n.audience)!;
    const people = store.resolveAudience(s.db, a.scope, a.scope === 'estate' ? [] : a.list);
    if (!people.length) refuse('E_VALUE', 'err.noticeNobody', { no: r.no, audience: n.audience });
    r = move(s, r, NOTICE_MACHINE, 'posted', 'post', { audience: people.length });
    // R-1001: a phone notice's residents are reached call by call (one target each, the
    // still-to-call list); a public or written one reached them all as posted: its size is kept.
    if (n.kind === 'phone') for (const p of people) store.insertTarget(s.db, r.id, p, null);
    const expiresAt = n.expires_at ?? atLocal(addDays(localDate(s.at, s.tz), s.profile.notice.keepDays ?? 7), '23:59:59', s.tz);
    const units = people.units ?? [];
    store.updateNotice(s.db, r.id, {
      posted_at: s.at,
      expires_at: expiresAt,
      units: n.kind === 'public' ? null : JSON.stringify(units),
      unit_count: units.length,
      audience_size: n.kind === 'phone' ? null : people.length,
    });
    closeDeadline(s, r, 'post');
    // R-1000: taken down and archived at expiry (`notice expire`; shown in report due when it is late).
    openDeadlineAt(s, r, 'expire', 'R-1000.takedown', expiresAt);
    return noticeJson(s, r);
  });
}

/** `notice call` (R-1000, R-1001): a phone notice's call, logged with its outcome; before 21:00 unless urgent. */
export function call(io: Io, no: string, o: { resident?: string; outcome?: string; note?: string }) {
  return write(io, (s) => {
    const r = loadRecord(s, no, INFO.types, INFO.group);
    const n = store.getNotice(s.db, r.id)!;
    if (n.kind !== 'phone') refuse('E_STATE', 'err.noticeNotPhone', { no: r.no, kind: n.kind });
    if (r.voided) refuse('E_STATE', 'err.voided', { no: r.no });
    if (r.status !== 'posted')
      refuse('E_STATE', 'err.state', {
        no: r.no,
        status: r.status,
        to: 'call',
        allowed: (NOTICE_MACHINE.next[r.status] ?? []).map((x) => NOTICE_MACHINE.verbs?.[x] ?? x).join(', ') || '-',
      });
    const outcome = choice(o.outcome, 'outcome', OUTCOMES);
    const who = resolveResident(s, text(o.resident, 'resident', 64));
    const t = store.target(s.db, r.id, who.id);
    if (!t) refuse('E_VALUE', 'err.noticeNotAudience', { no: r.no, name: who.name, audience: n.audience });
    if (t.outcome === 'reached')
      refuse('E_STATE', 'err.noticeReached', { no: r.no, name: who.name, at: (t.reached_at ?? '').slice(0, 16).replace('T', ' ') });
    const before = s.profile.notice.phoneCallsBefore ?? '21:00';
    const hhmm = s.at.slice(11, 16);
    if (!callAllowed(hhmm, before, !!n.urgent)) refuse('E_VALUE', 'err.noticeLate', { at: hhmm, before });
    if (n.posted_at && s.at < n.posted_at)
      refuse('E_VALUE', 'err.noticeCallBeforePost', { no: r.no, posted: n.posted_at.slice(0, 16).replace('T', ' ') });
    const note = o.note === undefined ? null : text(o.note, 'note', 200);
    store.logCall(s.db, { recordId: r.id, residentId: who.id, phone: who.phone, outcome, at: s.at, clerk: s.io.clerk, note });
    addEvent(s, r, 'call', { resident: who.id, outcome });
    let flagged = false;
    if (outcome === 'dead-number' && who.phone) {
      // Seed 001 §四 一)1 / 二)8: a dead number is flagged on the resident for correction.
      flagged = store.flagDead(s.db, who.id, who.phone, r.id, s.at);
      if (flagged) s.audit({ subject: `resident:${who.id}`, action: 'dead-number', field: 'phone', old: maskPhone(who.phone), new: r.no });
    }
    const c = store.counts(s.db, r.id);
    return {
      no: r.no,
      resident: who.id,
      name: who.name,
      phone: maskPhone(who.phone),
      outcome,
      at: s.at,
      deadNumberFlagged: flagged,
      ...progress(s, c),
    };
  });
}

function progress(s: Session, c: { audience: number; reached: number }) {
  const p = completion(c.reached, c.audience, target(s));
  return { audienceSize: c.audience, reached: c.reached, completionRate: p.rate, targetRate: target(s), completionMet: p.met };
}

/** `notice pending` (R-1001): who is still to be reached, masked phones, soonest first. */
export function pending(io: Io, no: string, o: { unmask?: boolean; reason?: string }) {
  if (o.unmask && !o.reason?.trim()) refuse('E_USAGE', 'err.unmaskReason');
  // Reads never write; with --unmask the audit row is the one write.
  return (o.unmask ? write : read)(io, (s) => {
    const r = loadRecord(s, no, INFO.types, INFO.group);
    if (o.unmask) s.audit({ subject: r.no, action: 'unmask', field: 'reason', new: o.reason!.trim() });
    const n = store.getNotice(s.db, r.id)!;
    if (!n.posted_at) refuse('E_STATE', 'err.noticeNotPosted', { no: r.no, status: r.status });
    const rows = pendingOrder(store.targets(s.db, r.id).filter((t) => t.outcome !== 'reached'));
    return {
      no: r.no,
      kind: n.kind,
      status: r.status,
      ...progress(s, store.counts(s.db, r.id)),
      pending: rows.map((t) => ({
        resident: t.resident_id,
        name: t.name,
        unit: t.unit,
        phone: o.unmask ? t.phone : maskPhone(t.phone),
        attempts: t.attempts,
        lastOutcome: t.outcome,
        lastAt: t.last_at,
        deadNumber: !!t.dead,
      })),
    };
  });
}

/** `notice expire` (R-1000): take down and archive what has expired; cron-safe and idempotent. */
export function expire(io: Io) {
  return write(io, (s) => {
    const done: Array<{ no: string; expiresAt: string | null }> = [];
    for (const e of store.expiring(s.db, s.now)) {
      let r = getRecordById(s.db, e.record_id)!;
      const n = store.getNotice(s.db, r.id)!;
      r = move(s, r, NOTICE_MACHINE, 'expired', 'expire', {}, s.now);
      store.updateNotice(s.db, r.id, { expired_at: s.now });
      closeDeadline(s, r, 'expire', s.now);
      done.push({ no: r.no, expiresAt: n.expires_at });
    }
    return { at: s.now, expired: done };
  });
}

/** The units of the audience that have residents: as resolved at posting, or (a draft) from the registry now. */
function unitsOf(s: Session, n: store.NoticeRow): string[] {
  if (n.units) return JSON.parse(n.units) as string[];
  const a = parseAudience(n.audience)!;
  return store.resolveAudience(s.db, a.scope, a.scope === 'estate' ? [] : a.list).units ?? [];
}

function noticeJson(s: Session, r: RecordRow) {
  return recordJson(s, getRecordById(s.db, r.id)!, kind);
}

function detail(s: Session, r: RecordRow) {
  const n = store.getNotice(s.db, r.id);
  if (!n) return {};
  const c = store.counts(s.db, r.id);
  return {
    kind: n.kind,
    title: n.title,
    body: n.body,
    audience: n.audience,
    urgent: !!n.urgent,
    eventDate: n.event_date,
    approvedBy: n.approved_by,
    approvedAt: n.approved_at,
    postedAt: n.posted_at,
    expiresAt: n.expires_at,
    expiredAt: n.expired_at,
    ...(n.posted_at ? { ...progress(s, c), units: n.unit_count ?? unitsOf(s, n).length } : {}),
  };
}

export function monthlySection(s: Session, from: string, to: string) {
  const rows = store.postedIn(s.db, from, to);
  const byKind: Record<string, number> = { public: 0, written: 0, phone: 0 };
  let urgent = 0;
  let urgentOnTime = 0;
  let audience = 0;
  let reached = 0;
  let met = 0;
  for (const x of rows) {
    byKind[x.kind] = (byKind[x.kind] ?? 0) + 1;
    if (x.urgent) {
      urgent++;
      if (x.post_due && x.posted_at <= x.post_due) urgentOnTime++;
    }
    audience += x.audience;
    reached += x.reached;
    if (completion(x.reached, x.audience, target(s)).met) met++;
  }
  const calls = store.callsIn(s.db, from, to);
  const rate = completion(reached, audience, target(s)).rate;
  return {
    posted: rows.length,
    public: byKind.public,
    written: byKind.written,
    phone: byKind.phone,
    urgent,
    urgentOnTime,
    urgentLate: urgent - urgentOnTime + store.urgentMissed(s.db, from, to),
    expired: store.expiredIn(s.db, from, to),
    calls: (calls.reached ?? 0) + (calls['no-answer'] ?? 0) + (calls['dead-number'] ?? 0),
    deadNumbers: calls['dead-number'] ?? 0,
    audience,
    reached,
    completionRate: rate,
    targetRate: target(s),
    meetingTarget: met,
    belowTarget: rows.length - met,
  };
}

export const kind: Kind = {
  ...INFO,
  detail: (s, r) => detail(s, r),
  monthlySection,
  exportColumns: {
    header: [
      'csv.kind',
      'csv.title',
      'csv.audience',
      'csv.urgent',
      'csv.approvedBy',
      'csv.posted',
      'csv.expires',
      'csv.reached',
      'csv.audienceCount',
    ],
    row: (s, r) => {
      const n = store.getNotice(s.db, r.id);
      if (!n) return [];
      const c = store.counts(s.db, r.id);
      return [
        n.kind,
        n.title,
        n.audience,
        n.urgent ? 'yes' : '',
        n.approved_by,
        n.posted_at,
        n.expires_at,
        n.posted_at ? c.reached : '',
        n.posted_at ? c.audience : '',
      ];
    },
  },
  print(s, r, unmask) {
    const n = store.getNotice(s.db, r.id)!;
    const t = s.io.t;
    const base = { no: r.no, noticeTitle: n.title, body: n.body, date: (n.posted_at ?? r.event_at).slice(0, 10), voided: !!r.voided };
    if (n.kind === 'public')
      return [
        {
          template: 'notice-public',
          title: t('notice.form.public'),
          data: { ...base, expires: n.expires_at ? n.expires_at.slice(0, 10) : null, approvedBy: n.approved_by },
        },
      ];
    const people = n.posted_at ? store.targets(s.db, r.id) : [];
    if (n.kind === 'written') {
      // One slip per unit (the mailbox): before posting, the units the audience names now.
      const units = unitsOf(s, n);
      return units.map((unit) => ({ template: 'notice-slip', title: t('notice.form.slip'), data: { ...base, unit, eventDate: n.event_date } }));
    }
    return [
      {
        template: 'notice-calls',
        title: t('notice.form.calls'),
        data: {
          ...base,
          rows: people.map((p) => ({
            unit: p.unit,
            name: p.name,
            phone: unmask ? p.phone : maskPhone(p.phone),
            outcome: p.outcome ? t(`notice.outcome.${p.outcome}`) : '',
            at: p.last_at ? p.last_at.slice(0, 16).replace('T', ' ') : '',
            attempts: p.attempts,
          })),
          ...progress(s, store.counts(s.db, r.id)),
        },
      },
    ];
  },
};
