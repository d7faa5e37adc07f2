// Notices (R-1000, R-1001): the notices table, the audience resolved to residents,
// the call log, dead numbers, and the sums of the monthly report.
import { stmt, type DB } from '../../core/store/db.js';

export interface NoticeRow {
  record_id: number;
  kind: string;
  title: string;
  body: string;
  audience: string;
  urgent: number;
  event_date: string | null;
  expires_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  posted_at: string | null;
  units: string | null;
  expired_at: string | null;
  audience_size: number | null;
  unit_count: number | null;
}

export function insertNotice(
  db: DB,
  n: Pick<NoticeRow, 'record_id' | 'kind' | 'title' | 'body' | 'audience' | 'urgent' | 'event_date' | 'expires_at'>,
): void {
  stmt(db, `INSERT INTO notices(record_id, kind, title, body, audience, urgent, event_date, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    n.record_id,
    n.kind,
    n.title,
    n.body,
    n.audience,
    n.urgent,
    n.event_date,
    n.expires_at,
  );
}

export function getNotice(db: DB, recordId: number): NoticeRow | undefined {
  return stmt(db, `SELECT * FROM notices WHERE record_id = ?`).get(recordId) as NoticeRow | undefined;
}

export function updateNotice(
  db: DB,
  recordId: number,
  f: Partial<Pick<NoticeRow, 'approved_by' | 'approved_at' | 'posted_at' | 'expires_at' | 'expired_at' | 'units' | 'audience_size' | 'unit_count'>>,
): void {
  for (const [k, v] of Object.entries(f)) {
    if (!['approved_by', 'approved_at', 'posted_at', 'expires_at', 'expired_at', 'units', 'audience_size', 'unit_count'].includes(k))
      throw new Error(k);
    stmt(db, `UPDATE notices SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}

/** Unit codes of these that exist (case-insensitive), and the buildings that have units. */
export function existingUnits(db: DB, codes: string[]): string[] {
  return (
    stmt(db, `SELECT code FROM units WHERE code IN (SELECT value FROM json_each(?)) ORDER BY code`).all(JSON.stringify(codes)) as Array<{
      code: string;
    }>
  ).map((r) => r.code.toLowerCase());
}

export function existingBuildings(db: DB, names: string[]): string[] {
  return (
    stmt(db, `SELECT DISTINCT building FROM units WHERE building IN (SELECT value FROM json_each(?))`).all(JSON.stringify(names)) as Array<{
      building: string;
    }>
  ).map((r) => r.building);
}

export interface AudienceRow {
  resident_id: number;
  unit_id: number;
  unit: string;
  name: string;
  phone: string | null;
}

/** The residents of the audience's units, each once (at the first of their units), from the registry now; `units`: every unit with a resident. */
export function resolveAudience(db: DB, scope: 'estate' | 'building' | 'units', list: string[]): AudienceRow[] & { units?: string[] } {
  const where =
    scope === 'estate'
      ? '1 = 1'
      : scope === 'building'
        ? 'u.building IN (SELECT value FROM json_each(?))'
        : 'u.code IN (SELECT value FROM json_each(?))';
  const rows = stmt(
    db,
    `SELECT r.id AS resident_id, u.id AS unit_id, u.code AS unit, r.name, r.phone
       FROM unit_residents ur JOIN units u ON u.id = ur.unit_id JOIN residents r ON r.id = ur.resident_id
      WHERE ${where} ORDER BY u.code, CASE ur.role WHEN 'owner' THEN 0 WHEN 'co-owner' THEN 1 WHEN 'company' THEN 2 ELSE 3 END, r.id`,
  ).all(...(scope === 'estate' ? [] : [JSON.stringify(list)])) as AudienceRow[];
  const seen = new Set<number>();
  const out: AudienceRow[] & { units?: string[] } = rows.filter((r) => !seen.has(r.resident_id) && seen.add(r.resident_id));
  out.units = [...new Set(rows.map((r) => r.unit))];
  return out;
}

export function insertTarget(db: DB, recordId: number, t: AudienceRow, reachedAt: string | null): void {
  stmt(db, `INSERT INTO notice_targets(record_id, resident_id, unit_id, outcome, reached_at, last_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    recordId,
    t.resident_id,
    t.unit_id,
    reachedAt ? 'reached' : null,
    reachedAt,
    reachedAt,
  );
}

export interface TargetRow {
  resident_id: number;
  unit_id: number;
  unit: string;
  name: string;
  phone: string | null;
  outcome: string | null;
  attempts: number;
  last_at: string | null;
  reached_at: string | null;
  dead: number; // the resident's current phone is flagged dead
}

const TARGETS = `SELECT t.resident_id, t.unit_id, u.code AS unit, r.name, r.phone, t.outcome, t.attempts, t.last_at, t.reached_at,
         EXISTS (SELECT 1 FROM dead_phones d WHERE d.resident_id = r.id AND d.phone = r.phone) AS dead
    FROM notice_targets t JOIN units u ON u.id = t.unit_id JOIN residents r ON r.id = t.resident_id`;

export function targets(db: DB, recordId: number): TargetRow[] {
  return stmt(db, `${TARGETS} WHERE t.record_id = ? ORDER BY u.code, t.resident_id`).all(recordId) as TargetRow[];
}

export function target(db: DB, recordId: number, residentId: number): TargetRow | undefined {
  return stmt(db, `${TARGETS} WHERE t.record_id = ? AND t.resident_id = ?`).get(recordId, residentId) as TargetRow | undefined;
}

/**
 * R-1001: audience, reached and units of a notice. A posted public or written notice reached
 * its whole audience as posted (its size kept on the notice, migration 027); a phone notice
 * counts its targets.
 */
export function counts(db: DB, recordId: number): { audience: number; reached: number; units: number } {
  const n = stmt(db, `SELECT audience_size, unit_count FROM notices WHERE record_id = ?`).get(recordId) as
    | { audience_size: number | null; unit_count: number | null }
    | undefined;
  if (n && n.audience_size !== null) return { audience: n.audience_size, reached: n.audience_size, units: n.unit_count ?? 0 };
  return stmt(
    db,
    `SELECT COUNT(*) AS audience, COALESCE(SUM(outcome = 'reached'), 0) AS reached, COUNT(DISTINCT unit_id) AS units FROM notice_targets WHERE record_id = ?`,
  ).get(recordId) as { audience: number; reached: number; units: number };
}

export function logCall(
  db: DB,
  c: { recordId: number; residentId: number; phone: string | null; outcome: string; at: string; clerk: string; note: string | null },
): void {
  stmt(db, `INSERT INTO notice_calls(record_id, resident_id, phone, outcome, at, clerk, note) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    c.recordId,
    c.residentId,
    c.phone,
    c.outcome,
    c.at,
    c.clerk,
    c.note,
  );
  stmt(
    db,
    `UPDATE notice_targets SET outcome = ?, attempts = attempts + 1, last_at = ?, reached_at = CASE WHEN ? = 'reached' THEN ? ELSE reached_at END
      WHERE record_id = ? AND resident_id = ?`,
  ).run(c.outcome, c.at, c.outcome, c.at, c.recordId, c.residentId);
}

export function calls(
  db: DB,
  recordId: number,
): Array<{ resident_id: number; name: string; unit: string; phone: string | null; outcome: string; at: string; clerk: string; note: string | null }> {
  return stmt(
    db,
    `SELECT c.resident_id, r.name, u.code AS unit, c.phone, c.outcome, c.at, c.clerk, c.note
       FROM notice_calls c JOIN residents r ON r.id = c.resident_id JOIN notice_targets t ON t.record_id = c.record_id AND t.resident_id = c.resident_id
       JOIN units u ON u.id = t.unit_id WHERE c.record_id = ? ORDER BY c.at, c.id`,
  ).all(recordId) as Array<{
    resident_id: number;
    name: string;
    unit: string;
    phone: string | null;
    outcome: string;
    at: string;
    clerk: string;
    note: string | null;
  }>;
}

/** R-1000: a number found dead is flagged on the resident (until the phone is corrected: the flag names the number). */
export function flagDead(db: DB, residentId: number, phone: string, recordId: number, at: string): boolean {
  return (
    stmt(db, `INSERT INTO dead_phones(resident_id, phone, record_id, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`).run(
      residentId,
      phone,
      recordId,
      at,
    ).changes > 0
  );
}

/** Posted notices whose expiry has come (`notice expire`). */
export function expiring(db: DB, now: string): Array<{ record_id: number; no: string }> {
  return stmt(
    db,
    `SELECT n.record_id, r.no FROM notices n JOIN records r ON r.id = n.record_id
      WHERE r.type = 'notice' AND r.status = 'posted' AND r.voided = 0 AND n.expires_at <= ? ORDER BY n.expires_at, r.no`,
  ).all(now) as Array<{ record_id: number; no: string }>;
}

export interface MonthRow {
  kind: string;
  urgent: number;
  posted_at: string;
  post_due: string | null;
  audience: number;
  reached: number;
}

/** Notices posted in [from, to): kind, urgency, posting against its deadline, audience and reached. */
export function postedIn(db: DB, from: string, to: string): MonthRow[] {
  return stmt(
    db,
    `SELECT n.kind, n.urgent, n.posted_at,
            (SELECT d.due_at FROM deadlines d WHERE d.record_id = n.record_id AND d.step = 'post') AS post_due,
            COALESCE(n.audience_size, (SELECT COUNT(*) FROM notice_targets t WHERE t.record_id = n.record_id)) AS audience,
            COALESCE(n.audience_size, (SELECT COUNT(*) FROM notice_targets t WHERE t.record_id = n.record_id AND t.outcome = 'reached')) AS reached
       FROM notices n JOIN records r ON r.id = n.record_id
      WHERE r.voided = 0 AND n.posted_at >= ? AND n.posted_at < ? ORDER BY n.posted_at`,
  ).all(from, to) as MonthRow[];
}

export function expiredIn(db: DB, from: string, to: string): number {
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM notices n JOIN records r ON r.id = n.record_id WHERE r.voided = 0 AND n.expired_at >= ? AND n.expired_at < ?`,
    ).get(from, to) as { n: number }
  ).n;
}

export function callsIn(db: DB, from: string, to: string): Record<string, number> {
  const rows = stmt(db, `SELECT outcome, COUNT(*) AS n FROM notice_calls WHERE at >= ? AND at < ? GROUP BY outcome`).all(from, to) as Array<{
    outcome: string;
    n: number;
  }>;
  return Object.fromEntries(rows.map((r) => [r.outcome, r.n]));
}

/** Urgent notices not posted yet whose 30 minutes ran out before `at` (counted as late in the month they were due). */
export function urgentMissed(db: DB, from: string, to: string): number {
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM notices n JOIN records r ON r.id = n.record_id JOIN deadlines d ON d.record_id = n.record_id AND d.step = 'post'
        WHERE r.voided = 0 AND n.urgent = 1 AND n.posted_at IS NULL AND d.due_at >= ? AND d.due_at < ?`,
    ).get(from, to) as { n: number }
  ).n;
}
