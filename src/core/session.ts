// A session is one command's view of the database: the profile, the estate
// timezone, "now" (read once), the event time (--at, R-005), the clerk, and
// helpers every use-case needs. `write` runs the command in one immediate
// transaction: a refused command (a thrown Refusal) writes nothing.
import type { DB } from './store/db.js';
import { inTx, openDb } from './store/db.js';
import { profileOverrides } from './store/profile.js';
import { appendAudit, type AuditEntry } from './store/audit.js';
import { refuse } from './errors.js';
import { formatInstant, parseInstant, type Instant, type Years } from './time.js';
import type { CalendarData } from './calendar.js';
import { computeDue, type Due } from './deadline.js';
import { mergeProfile, type Profile } from './profile.js';
import { loadCalendar } from './calendar-data.js';
import { importedYears } from './store/calendar.js';
import type { Io } from './io.js';
import { activeStaffNames, isActiveStaff } from './store/staff.js';

export interface Session {
  io: Io;
  db: DB;
  profile: Profile;
  tz: string;
  now: Instant; // PMDESK_NOW or the clock, read once
  at: Instant; // when the event happened (--at), default now
  /** The years a typed date may fall in: the profile's estate.since (default 2000) to next year. */
  years: Years;
  calendar(): CalendarData;
  /** Compute a profile deadline (e.g. "R-402.feedback") from an instant (§0a). */
  due(ruleKey: string, from: Instant): Due;
  audit(e: Omit<AuditEntry, 'at' | 'enteredAt' | 'clerk'> & { at?: Instant }): void;
}

export function resolveNow(io: Io, tz: string): Instant {
  if (io.nowEnv) {
    try {
      return parseInstant(io.nowEnv, tz, { flag: 'PMDESK_NOW' });
    } catch {
      refuse('E_VALUE', 'err.now', { value: io.nowEnv });
    }
  }
  return formatInstant(Date.now(), tz);
}

/** Generators reuse one connection for thousands of commands: keep its profile and calendar. */
const reused = new WeakMap<DB, { profile: Profile; cal?: CalendarData }>();

export function makeSession(io: Io, db: DB): Session {
  const cached = io.db === db ? reused.get(db) : undefined;
  const profile = cached?.profile ?? mergeProfile(profileOverrides(db));
  if (io.db === db && !cached) reused.set(db, { profile });
  // Issue 18: the estate's language, unless --lang, PMDESK_LANG or LANG chose one.
  if (io.profileLang && (profile.language === 'zh' || profile.language === 'en')) io.profileLang(profile.language);
  const tz = profile.estate.timezone || 'Asia/Shanghai';
  const now = resolveNow(io, tz);
  const years: Years = { from: Number(profile.estate.since ?? 2000), to: Number(now.slice(0, 4)) + 1 };
  // An empty --at is a mistake, not "now".
  const at = io.at !== undefined ? parseInstant(io.at, tz, { flag: 'at', years }) : now;
  if (Date.parse(at) > Date.parse(now) + 60_000) refuse('E_VALUE', 'err.atFuture', { at, now });
  let cal: CalendarData | undefined;
  const s: Session = {
    io,
    db,
    profile,
    tz,
    now,
    at,
    years,
    calendar: () => {
      if (cal) return cal;
      const c = io.db === db ? reused.get(db) : undefined;
      cal = c?.cal ?? loadCalendar(profile, importedYears(db));
      if (c) c.cal = cal;
      return cal;
    },
    due(ruleKey, from) {
      const spec = profile.deadlines[ruleKey];
      if (!spec) throw new Error(`profile has no deadline ${ruleKey}`);
      return computeDue(from, spec, s.calendar(), tz);
    },
    audit(e) {
      appendAudit(db, { ...e, at: e.at ?? at, enteredAt: now, clerk: io.clerk });
    },
  };
  return s;
}

/**
 * once the roster has anyone on it, the clerk (--clerk, PMDESK_CLERK or the
 * OS user) must be an active member; otherwise the command is refused with the list.
 */
export function checkClerk(s: Session): void {
  if (isActiveStaff(s.db, s.io.clerk)) return;
  const names = activeStaffNames(s.db);
  if (!names.length) return;
  const shown = names.length > 20 ? `${names.slice(0, 20).join(', ')} …` : names.join(', ');
  refuse('E_CLERK', 'err.clerkNotOnRoster', { clerk: s.io.clerk, names: shown });
}

/** Open the database (it must exist), run `fn` in one transaction, close. */
export function write<T>(io: Io, fn: (s: Session) => T): T {
  const db = io.db ?? openDb(io.dbFile);
  try {
    const s = makeSession(io, db);
    checkClerk(s);
    return db.inTransaction ? db.transaction(() => fn(s))() : inTx(db, () => fn(s));
  } finally {
    if (!io.db) db.close();
  }
}

/**
 * Open the database, run `fn` in one read transaction (BEGIN DEFERRED: one snapshot,
 * never the write lock — a reader does not wait behind a writer in WAL, and works on
 * a read-only file), close. Rules that would change what is stored are derived
 * when read and stored by the next write.
 */
export function read<T>(io: Io, fn: (s: Session) => T): T {
  const db = io.db ?? openDb(io.dbFile, { readOnly: true });
  try {
    const s = makeSession(io, db);
    checkClerk(s);
    return db.inTransaction ? fn(s) : db.transaction(() => fn(s)).deferred();
  } finally {
    if (!io.db) db.close();
  }
}
