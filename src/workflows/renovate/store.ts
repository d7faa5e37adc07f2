// Renovation permits (R-300…R-308): detail, documents, worker passes, inspections, release slips.
import { IDS, rowBy, rowsBy } from '../../core/store/batch.js';
import { stmt, type DB } from '../../core/store/db.js';
import { monthsCte } from '../../core/store/reports.js';

export interface RenovationRow {
  record_id: number;
  owner: string | null;
  contractor: string;
  licence: string;
  qualification: string | null;
  manager_name: string;
  manager_id: string;
  manager_phone: string;
  scope: string;
  gas: number;
  emissions: number;
  start_date: string;
  end_date: string;
  conditions: string | null;
  reject_reason: string | null;
  permit_no: string | null;
  prev_unit_status: string | null;
  accepted_at: string | null;
}

export function insertRenovation(
  db: DB,
  r: Omit<RenovationRow, 'conditions' | 'reject_reason' | 'permit_no' | 'prev_unit_status' | 'accepted_at'>,
): void {
  stmt(
    db,
    `INSERT INTO renovations(record_id, owner, contractor, licence, qualification, manager_name, manager_id, manager_phone, scope, gas, emissions, start_date, end_date)
     VALUES (@record_id, @owner, @contractor, @licence, @qualification, @manager_name, @manager_id, @manager_phone, @scope, @gas, @emissions, @start_date, @end_date)`,
  ).run(r);
}

export function getRenovation(db: DB, recordId: number): RenovationRow | undefined {
  return stmt(db, `SELECT * FROM renovations WHERE record_id = ?`).get(recordId) as RenovationRow | undefined;
}

export function updateRenovation(db: DB, recordId: number, f: Partial<RenovationRow>): void {
  for (const [k, v] of Object.entries(f)) {
    if (!['conditions', 'reject_reason', 'permit_no', 'prev_unit_status', 'accepted_at'].includes(k)) throw new Error(k);
    stmt(db, `UPDATE renovations SET ${k} = ? WHERE record_id = ?`).run(v, recordId);
  }
}

export function addDoc(db: DB, recordId: number, doc: string, at: string): void {
  stmt(db, `INSERT INTO renovation_docs(record_id, doc, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`).run(recordId, doc, at);
}

export function docsOf(db: DB, recordId: number): string[] {
  return (stmt(db, `SELECT doc FROM renovation_docs WHERE record_id = ?`).all(recordId) as Array<{ doc: string }>).map((d) => d.doc);
}

/** Lists (issue 23): getRenovation, docsOf, passesOf and the inspection counts of many records, one statement each. */
export function renovationsBatch(db: DB, ids: number[]) {
  return {
    renovations: rowBy<RenovationRow>(db, `SELECT * FROM renovations WHERE record_id IN ${IDS}`, ids),
    docs: rowsBy<{ record_id: number; doc: string }>(
      db,
      `SELECT record_id, doc FROM renovation_docs WHERE record_id IN ${IDS}`,
      ids,
      (d) => d.record_id,
    ),
    passes: rowsBy<PassRow>(db, `SELECT * FROM worker_passes WHERE record_id IN ${IDS} ORDER BY record_id, id`, ids, (p) => p.record_id),
    inspections: rowBy<{ record_id: number; n: number }>(
      db,
      `SELECT record_id, COUNT(*) AS n FROM renovation_inspections WHERE record_id IN ${IDS} GROUP BY record_id`,
      ids,
    ),
  };
}

export interface PassRow {
  id: number;
  record_id: number;
  pass_no: string;
  name: string;
  id_number: string;
  status: string;
  issued_at: string;
  expires_at: string;
  fee_paid: number;
}

export function insertPass(db: DB, p: Omit<PassRow, 'id' | 'status'>): void {
  stmt(
    db,
    `INSERT INTO worker_passes(record_id, pass_no, name, id_number, status, issued_at, expires_at, fee_paid) VALUES (?, ?, ?, ?, 'active', ?, ?, ?)`,
  ).run(p.record_id, p.pass_no, p.name, p.id_number, p.issued_at, p.expires_at, p.fee_paid);
}

export function passesOf(db: DB, recordId: number): PassRow[] {
  return stmt(db, `SELECT * FROM worker_passes WHERE record_id = ? ORDER BY id`).all(recordId) as PassRow[];
}

/** the rectification notices whose deadline is still open. */
export function openRectifications(db: DB, recordId: number): string[] {
  return (
    stmt(db, `SELECT step FROM deadlines WHERE record_id = ? AND step LIKE 'rectify-%' AND done_at IS NULL AND cancelled = 0 ORDER BY step`).all(
      recordId,
    ) as Array<{ step: string }>
  ).map((x) => x.step.slice('rectify-'.length));
}

export function passByNo(db: DB, passNo: string): PassRow | undefined {
  return stmt(db, `SELECT * FROM worker_passes WHERE pass_no = ?`).get(passNo) as PassRow | undefined;
}

export function updatePass(db: DB, id: number, f: { status?: string; fee_paid?: number }): void {
  for (const [k, v] of Object.entries(f)) {
    if (!['status', 'fee_paid'].includes(k)) throw new Error(k);
    stmt(db, `UPDATE worker_passes SET ${k} = ? WHERE id = ?`).run(v, id);
  }
}

export function addInspection(
  db: DB,
  i: {
    recordId: number;
    at: string;
    result: string;
    violation: string | null;
    deadline: string | null;
    stopWork: boolean;
    noticeNo: string | null;
    clerk: string;
  },
): void {
  stmt(
    db,
    `INSERT INTO renovation_inspections(record_id, at, result, violation, deadline, stop_work, notice_no, clerk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(i.recordId, i.at, i.result, i.violation, i.deadline, i.stopWork ? 1 : 0, i.noticeNo, i.clerk);
}

/** How many inspections a site has had (its record JSON, after every inspection: a count, not the rows). */
export function inspectionCount(db: DB, recordId: number): number {
  return (stmt(db, `SELECT COUNT(*) AS n FROM renovation_inspections WHERE record_id = ?`).get(recordId) as { n: number }).n;
}

/** The rectification notice numbers of a site, in order. */
export function noticeNosOf(db: DB, recordId: number): string[] {
  return (
    stmt(db, `SELECT notice_no FROM renovation_inspections WHERE record_id = ? AND notice_no IS NOT NULL ORDER BY at, id`).all(recordId) as Array<{
      notice_no: string;
    }>
  ).map((x) => x.notice_no);
}

export function inspectionsOf(
  db: DB,
  recordId: number,
): Array<{ at: string; result: string; violation: string | null; deadline: string | null; stop_work: number; notice_no: string | null }> {
  return stmt(db, `SELECT at, result, violation, deadline, stop_work, notice_no FROM renovation_inspections WHERE record_id = ? ORDER BY at, id`).all(
    recordId,
  ) as Array<{
    at: string;
    result: string;
    violation: string | null;
    deadline: string | null;
    stop_work: number;
    notice_no: string | null;
  }>;
}

export function addSlip(db: DB, recordId: number, slipNo: string, items: string, at: string): void {
  stmt(db, `INSERT INTO release_slips(record_id, slip_no, items, at) VALUES (?, ?, ?, ?)`).run(recordId, slipNo, items, at);
}

export function slipsOf(db: DB, recordId: number): Array<{ slip_no: string; items: string; at: string }> {
  return stmt(db, `SELECT slip_no, items, at FROM release_slips WHERE record_id = ? ORDER BY id`).all(recordId) as Array<{
    slip_no: string;
    items: string;
    at: string;
  }>;
}

/** The open inspection deadlines (steps inspect-…) of a site. */
export function openInspectSteps(db: DB, recordId: number): Array<{ step: string; due_at: string }> {
  return stmt(
    db,
    `SELECT step, due_at FROM deadlines WHERE record_id = ? AND step LIKE 'inspect-%' AND done_at IS NULL AND cancelled = 0 ORDER BY due_at`,
  ).all(recordId) as Array<{
    step: string;
    due_at: string;
  }>;
}

/**
 * R-304 at acceptance: inspections missed before it stop showing as overdue but stay missed
 * (done at acceptance, after their due time: `late`, counted as missed by R-308).
 */
export function settleMissedInspections(db: DB, recordId: number, at: string): void {
  stmt(
    db,
    `UPDATE deadlines SET done_at = ? WHERE record_id = ? AND step LIKE 'inspect-%' AND done_at IS NULL AND cancelled = 0 AND due_at <= ?`,
  ).run(at, recordId, at);
}

/** A site that passes acceptance has put its violations right: open rectifications are done then (late if past due). */
export function settleRectifications(db: DB, recordId: number, at: string): void {
  stmt(db, `UPDATE deadlines SET done_at = ? WHERE record_id = ? AND step LIKE 'rectify-%' AND done_at IS NULL AND cancelled = 0`).run(at, recordId);
}

/** Stop counting the inspections still ahead (accepted, rejected, voided). */
export function cancelInspections(db: DB, recordId: number, after: string): void {
  stmt(db, `UPDATE deadlines SET cancelled = 1 WHERE record_id = ? AND step LIKE 'inspect-%' AND done_at IS NULL AND due_at > ?`).run(
    recordId,
    after,
  );
}

export function renovationMonth(db: DB, from: string, to: string): Record<string, number> {
  const count = (sql: string, ...args: unknown[]) => (stmt(db, sql).get(...args) as { n: number }).n;
  // The decisions of the month, through the partial index events_decisions: its WHERE is
  // repeated word for word, which is how SQLite knows it may use it (migration 011).
  const decided = stmt(
    db,
    `SELECT e.kind, COUNT(*) AS n FROM events e INDEXED BY events_decisions JOIN records r ON r.id = e.record_id
      WHERE e.kind IN ('approve', 'reject') AND r.type = 'renovation' AND e.event_at >= ? AND e.event_at < ? GROUP BY e.kind`,
  ).all(from, to) as Array<{ kind: string; n: number }>;
  const decisions = (kind: string) => decided.find((d) => d.kind === kind)?.n ?? 0;
  return {
    applications: count(`SELECT COUNT(*) AS n FROM records WHERE type = 'renovation' AND voided = 0 AND event_at >= ? AND event_at < ?`, from, to),
    approvals: decisions('approve'),
    rejections: decisions('reject'),
    active: count(`SELECT COUNT(*) AS n FROM records WHERE type = 'renovation' AND voided = 0 AND status IN ('active','stopped')`),
    inspectionsDone: count(`SELECT COUNT(*) AS n FROM renovation_inspections WHERE at >= ? AND at < ?`, from, to),
    inspectionsRequired: count(
      `SELECT COUNT(*) AS n FROM deadlines d INDEXED BY deadlines_due JOIN records r ON r.id = d.record_id WHERE r.type = 'renovation' AND d.step LIKE 'inspect-%' AND d.cancelled = 0 AND d.due_at >= ? AND d.due_at < ?`,
      from,
      to,
    ),
    inspectionsMissed: count(
      `SELECT COUNT(*) AS n FROM deadlines d INDEXED BY deadlines_due JOIN records r ON r.id = d.record_id WHERE r.type = 'renovation' AND d.step LIKE 'inspect-%' AND d.cancelled = 0 AND d.due_at >= ? AND d.due_at < ? AND (d.done_at IS NULL OR d.done_at > d.due_at)`,
      from,
      to,
    ),
    violations: count(`SELECT COUNT(*) AS n FROM renovation_inspections WHERE result = 'violation' AND at >= ? AND at < ?`, from, to),
    acceptances: count(`SELECT COUNT(*) AS n FROM renovations WHERE accepted_at >= ? AND accepted_at < ?`, from, to),
  };
}

export function renovationMoney(db: DB, from: string, to: string): { receivedFen: number; refundedFen: number; deductedFen: number } {
  return stmt(
    db,
    `SELECT COALESCE(SUM(CASE WHEN l.direction = 'received' THEN l.amount_fen END), 0) AS receivedFen,
            COALESCE(SUM(CASE WHEN l.direction = 'refunded' THEN l.amount_fen END), 0) AS refundedFen,
            COALESCE(SUM(CASE WHEN l.direction = 'deducted' THEN l.amount_fen END), 0) AS deductedFen
       FROM ledger l INDEXED BY ledger_at JOIN records r ON r.id = l.record_id WHERE r.type = 'renovation' AND l.at >= ? AND l.at < ?`,
  ).get(from, to) as { receivedFen: number; refundedFen: number; deductedFen: number };
}

/**
 * R-307 deposits held at `at` (R-003: a sum of ledger entries, never a stored
 * number). A closed or rejected renovation holds nothing (its refund pays back
 * exactly what it held; `doctor` checks it), so the sum over all entries is the
 * sum over the open renovations, and the balance at `at` is that minus what
 * moved since: the cost follows the open sites and the weeks since `at`, not
 * ten years of ledger.
 */
export function heldAt(db: DB, at: string): number {
  const held = `CASE WHEN l.direction = 'received' AND l.item IN ('deposit-owner','deposit-contractor','pass-deposit') THEN l.amount_fen
                     WHEN l.direction IN ('refunded','deducted') THEN -l.amount_fen ELSE 0 END`;
  return (
    stmt(
      db,
      `SELECT (SELECT COALESCE(SUM(${held}), 0) FROM records r INDEXED BY records_type_status JOIN ledger l ON l.record_id = r.id
                WHERE r.type = 'renovation' AND r.status NOT IN ('closed','rejected'))
            - (SELECT COALESCE(SUM(${held}), 0) FROM ledger l INDEXED BY ledger_at JOIN records r ON r.id = l.record_id
                WHERE r.type = 'renovation' AND l.at >= ?) AS n`,
    ).get(at) as { n: number }
  ).n;
}

/** Sites whose planned end falls in [from, to) and are still active (demo generator: accept and refund them). */
export function endingIn(db: DB, fromDate: string, toDate: string): Array<{ id: number; no: string; end_date: string }> {
  return stmt(
    db,
    `SELECT r.id, r.no, n.end_date FROM renovations n JOIN records r ON r.id = n.record_id
      WHERE n.end_date >= ? AND n.end_date < ? AND r.status IN ('active','stopped') AND r.voided = 0`,
  ).all(fromDate, toDate) as Array<{ id: number; no: string; end_date: string }>;
}

/** a unit has at most one renovation in progress (not closed, rejected or voided). */
export function openRenovationOfUnit(db: DB, unitId: number): { no: string; status: string } | undefined {
  return stmt(
    db,
    `SELECT no, status FROM records WHERE unit_id = ? AND type = 'renovation' AND voided = 0 AND status NOT IN ('closed','rejected') ORDER BY id DESC LIMIT 1`,
  ).get(unitId) as { no: string; status: string } | undefined;
}

/**
 * Renovations active (施工中, or stopped for a violation) at each month's end (issue 22 trends):
 * paid (the `pay` move to active) before it and not accepted before it. Only the ones active now
 * and the ones accepted since the first month's end can be: both sets are small (the renovations
 * table is read in order, CROSS JOIN: not a scan of every record).
 */
export function activeTrend(db: DB, months: string): Array<{ month: string; active: number }> {
  return stmt(
    db,
    `WITH ${monthsCte(months)},
     x AS (SELECT (SELECT MIN(e.event_at) FROM events e WHERE e.record_id = r.id AND e.kind = 'pay') AS paid, n.accepted_at AS accepted
             FROM records r INDEXED BY records_type_status JOIN renovations n ON n.record_id = r.id
            WHERE r.type = 'renovation' AND r.voided = 0 AND r.status IN ('active', 'stopped')
           UNION ALL
           SELECT (SELECT MIN(e.event_at) FROM events e WHERE e.record_id = r.id AND e.kind = 'pay'), n.accepted_at
             FROM renovations n CROSS JOIN records r ON r.id = n.record_id
            WHERE n.accepted_at >= (SELECT MIN(t) FROM m) AND r.voided = 0 AND r.status NOT IN ('active', 'stopped'))
     SELECT m.month, COUNT(x.paid) AS active FROM m LEFT JOIN x ON x.paid < m.t AND (x.accepted IS NULL OR x.accepted >= m.t)
      GROUP BY m.month`,
  ).all() as Array<{ month: string; active: number }>;
}
