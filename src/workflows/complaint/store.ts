// Complaints, suggestions, praise (R-400…R-407): the detail row of a `complaint` or `suggestion` record.
import { stmt, type DB } from '../../core/store/db.js';
import { monthsCte } from '../../core/store/reports.js';
import { batchAll, IDS, rowBy, rowsBy } from '../../core/store/batch.js';

export interface ComplaintRow {
  record_id: number;
  kind: string;
  channel: string;
  name: string;
  phone: string | null;
  place: string | null;
  about: string;
  description: string;
  request: string | null;
  class: string | null;
  invalid_kind: string | null;
  reported_to: string | null;
  cause: string | null;
  dept: string | null;
  method: string | null;
  promise_at: string | null;
  result: string | null;
  resolved_at: string | null;
  verified_at: string | null;
  escalated: number;
  adopted: number | null;
  told_at: string | null;
}

export function insertComplaint(
  db: DB,
  c: Pick<ComplaintRow, 'record_id' | 'kind' | 'channel' | 'name' | 'phone' | 'place' | 'about' | 'description' | 'request'>,
): void {
  stmt(
    db,
    `INSERT INTO complaints(record_id, kind, channel, name, phone, place, about, description, request)
     VALUES (@record_id, @kind, @channel, @name, @phone, @place, @about, @description, @request)`,
  ).run(c);
}

export function getComplaint(db: DB, recordId: number): ComplaintRow | undefined {
  return stmt(db, `SELECT * FROM complaints WHERE record_id = ?`).get(recordId) as ComplaintRow | undefined;
}

const FIELDS = [
  'class',
  'invalid_kind',
  'reported_to',
  'cause',
  'dept',
  'method',
  'promise_at',
  'result',
  'resolved_at',
  'verified_at',
  'escalated',
  'adopted',
  'told_at',
];

export function updateComplaint(db: DB, recordId: number, fields: Partial<ComplaintRow>): void {
  for (const [k, v] of Object.entries(fields)) {
    if (!FIELDS.includes(k)) throw new Error(`not a complaint field: ${k}`);
    stmt(db, `UPDATE complaints SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}

/**
 * R-403 derived when read: the complaint `rid`'s month ran out by @now (its `escalate` deadline
 * open and past) and no write has stored the escalation yet (UNIQUE (record_id, step) finds it).
 */
const FIRED = (rid: string) =>
  `EXISTS (SELECT 1 FROM deadlines e WHERE e.record_id = ${rid} AND e.step = 'escalate' AND e.done_at IS NULL AND e.cancelled = 0 AND e.due_at < @now)`;

/** a class that escalates (valid, not yet major), in SQL (rules.ts `escalates`). */
const ESCALATES = (cls: string) => `(${cls} IS NULL OR ${cls} NOT IN ('invalid', 'major'))`;

/** when the complaint's escalation fired by `now` but is not stored yet, the instant it fired; else null. */
export function firedAt(db: DB, recordId: number, now: string): string | null {
  const row = stmt(
    db,
    `SELECT due_at FROM deadlines WHERE record_id = ? AND step = 'escalate' AND done_at IS NULL AND cancelled = 0 AND due_at < ?`,
  ).get(recordId, now) as { due_at: string } | undefined;
  return row?.due_at ?? null;
}

/** complaints whose one-month escalation deadline has passed (partial index deadlines_escalate). */
export function escalationsDue(db: DB, now: string): Array<{ id: number; due_at: string; class: string | null }> {
  return stmt(
    db,
    // The partial index of open escalations, not every open deadline due before now (issue 23).
    `SELECT r.id, d.due_at, c.class FROM deadlines d INDEXED BY deadlines_escalate JOIN records r ON r.id = d.record_id JOIN complaints c ON c.record_id = r.id
      WHERE d.step = 'escalate' AND d.done_at IS NULL AND d.cancelled = 0 AND d.due_at < ? AND r.voided = 0`,
  ).all(now) as Array<{ id: number; due_at: string; class: string | null }>;
}

/** complaints of a unit about the same matter. */
export function sameAboutCount(db: DB, unitId: number, about: string): number {
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM records r INDEXED BY records_unit JOIN complaints c ON c.record_id = r.id WHERE r.unit_id = ? AND c.about = ? AND r.voided = 0 AND r.type = 'complaint'`,
    ).get(unitId, about) as {
      n: number;
    }
  ).n;
}

export interface ComplaintMonth {
  total: number;
  major: number;
  important: number;
  minor: number;
  invalid: number;
  unclassified: number;
  escalated: number;
}

/** The month's complaints by class, with the R-403 escalations fired by `now` counted as stored (major, escalated). */
export function complaintMonth(db: DB, from: string, to: string, now: string): ComplaintMonth {
  return stmt(
    db,
    `WITH x AS (SELECT ${FIRED('c.record_id')} AND ${ESCALATES('c.class')} AS up, c.class, c.escalated
                  FROM records r JOIN complaints c ON c.record_id = r.id
                 WHERE r.type = 'complaint' AND r.voided = 0 AND r.event_at >= @from AND r.event_at < @to)
     SELECT COUNT(*) AS total,
            COALESCE(SUM(x.up OR x.class = 'major'), 0) AS major, COALESCE(SUM(NOT x.up AND x.class = 'important'), 0) AS important,
            COALESCE(SUM(NOT x.up AND x.class = 'minor'), 0) AS minor, COALESCE(SUM(x.class = 'invalid'), 0) AS invalid,
            COALESCE(SUM(NOT x.up AND x.class IS NULL), 0) AS unclassified, COALESCE(SUM(x.up OR x.escalated), 0) AS escalated
       FROM x`,
  ).get({ from, to, now }) as ComplaintMonth;
}

export function complaintGroups(db: DB, column: 'dept' | 'cause' | 'about', from: string, to: string): Array<{ key: string; n: number }> {
  if (!['dept', 'cause', 'about'].includes(column)) throw new Error(column);
  return stmt(
    db,
    `SELECT c.${column} AS key, COUNT(*) AS n FROM records r JOIN complaints c ON c.record_id = r.id
      WHERE r.type = 'complaint' AND r.voided = 0 AND r.event_at >= ? AND r.event_at < ? AND c.${column} IS NOT NULL
      GROUP BY c.${column} ORDER BY n DESC`,
  ).all(from, to) as Array<{ key: string; n: number }>;
}

/** R-406 repeats among units with a complaint in the month (up to the month's end). */
export function complaintRepeats(db: DB, from: string, to: string): Array<{ unit: string; about: string; count: number }> {
  return stmt(
    db,
    `WITH m AS (SELECT DISTINCT r.unit_id, c.about FROM records r INDEXED BY records_type_event JOIN complaints c ON c.record_id = r.id
                 WHERE r.type = 'complaint' AND r.event_at >= @from AND r.event_at < @to AND r.voided = 0 AND r.unit_id IS NOT NULL)
     SELECT * FROM (SELECT u.code AS unit, m.about,
              (SELECT COUNT(*) FROM records r INDEXED BY records_unit JOIN complaints c ON c.record_id = r.id
                WHERE r.unit_id = m.unit_id AND r.type = 'complaint' AND c.about = m.about AND r.voided = 0 AND r.event_at < @to) AS count
         FROM m JOIN units u ON u.id = m.unit_id) WHERE count >= 2 ORDER BY count DESC, unit`,
  ).all({ from, to }) as Array<{ unit: string; about: string; count: number }>;
}

export function suggestionMonth(
  db: DB,
  from: string,
  to: string,
): { suggestions: number; praise: number; adopted: number; notAdopted: number; told: number } {
  return stmt(
    db,
    `SELECT COALESCE(SUM(c.kind = 'suggestion'), 0) AS suggestions, COALESCE(SUM(c.kind = 'praise'), 0) AS praise,
            COALESCE(SUM(c.adopted = 1), 0) AS adopted, COALESCE(SUM(c.adopted = 0), 0) AS notAdopted, COALESCE(SUM(c.told_at IS NOT NULL), 0) AS told
       FROM records r JOIN complaints c ON c.record_id = r.id
      WHERE r.type = 'suggestion' AND r.voided = 0 AND r.event_at >= ? AND r.event_at < ?`,
  ).get(from, to) as { suggestions: number; praise: number; adopted: number; notAdopted: number; told: number };
}

/**
 * position of a resolved complaint among the month's resolved complaints,
 * in order of resolution (index complaints_resolved), for the follow-up sample
 * when the profile's complaint coverage is below 100 %.
 */
export function resolutionRank(db: DB, recordId: number, from: string, resolvedAt: string): number {
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM complaints c INDEXED BY complaints_resolved JOIN records r ON r.id = c.record_id
        WHERE c.resolved_at IS NOT NULL AND c.resolved_at >= ? AND (c.resolved_at < ? OR (c.resolved_at = ? AND c.record_id <= ?))
          AND c.kind = 'complaint' AND r.voided = 0`,
    ).get(from, resolvedAt, resolvedAt, recordId) as { n: number }
  ).n;
}

// ── R-408 overrun approvals ─────────────────────────────────────────────
export interface ExtensionRow {
  id: number;
  record_id: number;
  old_due: string;
  new_due: string;
  approved_by: string;
  role: string;
  reason: string;
  at: string;
  clerk: string;
  entered_at: string;
}

export function insertExtension(db: DB, e: Omit<ExtensionRow, 'id'>): void {
  stmt(
    db,
    `INSERT INTO complaint_extensions(record_id, old_due, new_due, approved_by, role, reason, at, clerk, entered_at)
     VALUES (@record_id, @old_due, @new_due, @approved_by, @role, @reason, @at, @clerk, @entered_at)`,
  ).run(e);
}

export function extensionsOf(db: DB, recordId: number): ExtensionRow[] {
  return stmt(db, `SELECT * FROM complaint_extensions WHERE record_id = ? ORDER BY at, id`).all(recordId) as ExtensionRow[];
}

/** The month's approvals (by approval time), for the R-407 summary. */
export function extensionsIn(db: DB, from: string, to: string): Array<ExtensionRow & { no: string; class: string | null }> {
  return stmt(
    db,
    `SELECT e.*, r.no, c.class FROM complaint_extensions e INDEXED BY complaint_extensions_at
       JOIN records r ON r.id = e.record_id JOIN complaints c ON c.record_id = e.record_id
      WHERE e.at >= ? AND e.at < ? AND r.voided = 0 ORDER BY e.at, e.id`,
  ).all(from, to) as Array<ExtensionRow & { no: string; class: string | null }>;
}

/**
 * the on-time count of extended complaints by their ORIGINAL deadline. `moved` is what the
 * handling step counted under the new deadlines falling in [from, to) (to take back out); `missed`
 * is how many original deadlines fell in [from, to) — each one due and missed.
 */
export function extendedTimeliness(db: DB, from: string, to: string, now: string): { movedDue: number; movedOnTime: number; missed: number } {
  const moved = stmt(
    db,
    `SELECT COALESCE(SUM(d.done_at IS NOT NULL OR d.due_at < @now), 0) AS due,
            COALESCE(SUM(d.done_at IS NOT NULL AND d.done_at <= d.due_at), 0) AS onTime
       FROM deadlines d INDEXED BY deadlines_handle JOIN records r ON r.id = d.record_id
      WHERE d.due_at >= @from AND d.due_at < @to AND d.step = 'handle' AND d.cancelled = 0 AND r.voided = 0 AND r.type = 'complaint'
        AND EXISTS (SELECT 1 FROM complaint_extensions e WHERE e.record_id = d.record_id)`,
  ).get({ from, to, now }) as { due: number; onTime: number };
  const missed = stmt(
    db,
    `SELECT COUNT(*) AS n FROM (SELECT record_id, MIN(old_due) AS orig FROM complaint_extensions GROUP BY record_id) x
       JOIN records r ON r.id = x.record_id JOIN deadlines d ON d.record_id = x.record_id AND d.step = 'handle'
      WHERE x.orig >= @from AND x.orig < @to AND r.voided = 0 AND d.cancelled = 0`,
  ).get({ from, to }) as { n: number };
  return { movedDue: moved.due, movedOnTime: moved.onTime, missed: missed.n };
}

// ── R-409 developer hand-off ────────────────────────────────────────────
export interface HandoffRow {
  record_id: number;
  issue: string;
  opened_at: string;
  reply: string | null;
  reply_at: string | null;
}

export function insertHandoff(db: DB, recordId: number, issue: string, at: string): void {
  stmt(db, `INSERT INTO developer_handoffs(record_id, issue, opened_at) VALUES (?, ?, ?)`).run(recordId, issue, at);
}

export function getHandoff(db: DB, recordId: number): HandoffRow | undefined {
  return stmt(db, `SELECT * FROM developer_handoffs WHERE record_id = ?`).get(recordId) as HandoffRow | undefined;
}

export function setHandoffReply(db: DB, recordId: number, reply: string, at: string): void {
  stmt(db, `UPDATE developer_handoffs SET reply = ?, reply_at = ? WHERE record_id = ?`).run(reply, at, recordId);
}

/** Hand-offs opened before `until` and not answered by then, oldest first, with the reply deadline. */
export function openHandoffs(db: DB, until: string): Array<HandoffRow & { no: string; due_at: string | null }> {
  return stmt(
    db,
    // From the hand-offs (a few), not a walk of every record to find them (issue 23).
    `SELECT h.*, r.no, d.due_at FROM developer_handoffs h CROSS JOIN records r ON r.id = h.record_id
       LEFT JOIN deadlines d ON d.record_id = h.record_id AND d.step = 'developer-reply'
      WHERE h.opened_at < @until AND (h.reply_at IS NULL OR h.reply_at >= @until) AND r.voided = 0
      ORDER BY h.opened_at, r.id`,
  ).all({ until }) as Array<HandoffRow & { no: string; due_at: string | null }>;
}

// ── 12-month trends (issue 22): complaintMonth and extendedTimeliness grouped by month ──
/** complaintMonth by month: the total and each class, R-403 escalations fired by `now` counted as major. */
export function complaintTrend(db: DB, months: string, now: string): Array<Record<string, number | string>> {
  return stmt(
    db,
    `WITH ${monthsCte(months)},
     x AS (SELECT m.month, ${FIRED('c.record_id')} AND ${ESCALATES('c.class')} AS up, c.class
             FROM m CROSS JOIN records r INDEXED BY records_type_event JOIN complaints c ON c.record_id = r.id
            WHERE r.type = 'complaint' AND r.voided = 0 AND r.event_at >= m.f AND r.event_at < m.t)
     SELECT x.month, COUNT(*) AS total,
            COALESCE(SUM(x.up OR x.class = 'major'), 0) AS major, COALESCE(SUM(NOT x.up AND x.class = 'important'), 0) AS important,
            COALESCE(SUM(NOT x.up AND x.class = 'minor'), 0) AS minor, COALESCE(SUM(x.class = 'invalid'), 0) AS invalid,
            COALESCE(SUM(NOT x.up AND x.class IS NULL), 0) AS unclassified
       FROM x GROUP BY x.month`,
  ).all({ now }) as Array<Record<string, number | string>>;
}

/**
 * The handling deadlines due by month, as stepTimeliness and extendedTimeliness count them
 * an extended complaint counts by its original deadline, as missed), in one pass over
 * the window's deadlines: due and on time, the same for the extended ones, and the missed.
 */
export function handledTrend(
  db: DB,
  months: string,
  now: string,
): Array<{ month: string; due: number; onTime: number; movedDue: number; movedOnTime: number; missed: number }> {
  const rows = stmt(
    db,
    `WITH ${monthsCte(months)}
     SELECT x.month, COALESCE(SUM(x.due), 0) AS due, COALESCE(SUM(x.onTime), 0) AS onTime,
            COALESCE(SUM(x.due AND x.ext), 0) AS movedDue, COALESCE(SUM(x.onTime AND x.ext), 0) AS movedOnTime FROM (
       SELECT m.month, (d.done_at IS NOT NULL OR d.due_at < @now) AS due, (d.done_at IS NOT NULL AND d.done_at <= d.due_at) AS onTime,
              EXISTS (SELECT 1 FROM complaint_extensions e WHERE e.record_id = d.record_id) AS ext
         FROM m CROSS JOIN deadlines d INDEXED BY deadlines_handle JOIN records r ON r.id = d.record_id
        WHERE d.due_at >= m.f AND d.due_at < m.t AND d.step = 'handle' AND d.cancelled = 0 AND r.voided = 0 AND r.type = 'complaint') x
     GROUP BY x.month`,
  ).all({ now }) as Array<{ month: string; due: number; onTime: number; movedDue: number; movedOnTime: number }>;
  const missed = stmt(
    db,
    `WITH ${monthsCte(months)}
     SELECT m.month, COUNT(*) AS missed FROM (SELECT record_id, MIN(old_due) AS orig FROM complaint_extensions GROUP BY record_id) x
       JOIN m ON x.orig >= m.f AND x.orig < m.t
       JOIN records r ON r.id = x.record_id JOIN deadlines d ON d.record_id = x.record_id AND d.step = 'handle'
      WHERE r.voided = 0 AND d.cancelled = 0 GROUP BY m.month`,
  ).all() as Array<{ month: string; missed: number }>;
  const out = new Map<string, { month: string; due: number; onTime: number; movedDue: number; movedOnTime: number; missed: number }>();
  const row = (month: string) => out.get(month) ?? out.set(month, { month, due: 0, onTime: 0, movedDue: 0, movedOnTime: 0, missed: 0 }).get(month)!;
  for (const r of rows) Object.assign(row(r.month), r);
  for (const r of missed) row(r.month).missed = r.missed;
  return [...out.values()];
}

// ── lists (issue 23): what getComplaint, sameAboutCount, firedAt, getHandoff and extensionsOf read, for many records at once ──
export interface ComplaintsBatch {
  complaints: Map<number, ComplaintRow>;
  /** R-406 sameAboutCount by `${unit_id}\u0000${about}`. */
  sameAbout: Map<string, number>;
  /** R-403 firedAt: the records whose escalation fired by `now` and is not stored yet. */
  fired: Set<number>;
  handoffs: Map<number, HandoffRow>;
  extensions: Map<number, ExtensionRow[]>;
}

export function complaintsBatch(db: DB, ids: number[], units: number[], now: string): ComplaintsBatch {
  const complaints = rowBy<ComplaintRow>(db, `SELECT * FROM complaints WHERE record_id IN ${IDS}`, ids);
  const sameAbout = new Map<string, number>();
  for (const [k, [row]] of rowsBy<{ unit_id: number; about: string; n: number }, string>(
    db,
    `SELECT r.unit_id, c.about, COUNT(*) AS n FROM records r INDEXED BY records_unit JOIN complaints c ON c.record_id = r.id
      WHERE r.unit_id IN ${IDS} AND r.voided = 0 AND r.type = 'complaint' GROUP BY r.unit_id, c.about`,
    units,
    (x) => `${x.unit_id}\u0000${x.about}`,
  ))
    sameAbout.set(k, row.n);
  const fired = new Set(
    batchAll<{ record_id: number }>(
      db,
      `SELECT record_id FROM deadlines WHERE record_id IN ${IDS} AND step = 'escalate' AND done_at IS NULL AND cancelled = 0 AND due_at < ?`,
      ids,
      now,
    ).map((d) => d.record_id),
  );
  const handoffs = rowBy<HandoffRow>(db, `SELECT * FROM developer_handoffs WHERE record_id IN ${IDS}`, ids);
  const extensions = rowsBy<ExtensionRow>(
    db,
    `SELECT * FROM complaint_extensions WHERE record_id IN ${IDS} ORDER BY record_id, at, id`,
    ids,
    (e) => e.record_id,
  );
  return { complaints, sameAbout, fired, handoffs, extensions };
}
