// Complaints, suggestions, praise (R-400…R-407): the detail row of a `complaint` or `suggestion` record.
import { stmt, type DB } from '../../core/store/db.js';

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
    `SELECT r.id, d.due_at, c.class FROM deadlines d JOIN records r ON r.id = d.record_id JOIN complaints c ON c.record_id = r.id
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
