// Consistency checks for `pmdesk doctor` (quality.md "Reliability").
import { stmt, type DB } from './db.js';

export function integrityCheck(db: DB): string {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check).join('; ');
}

/** How this connection commits: journal mode and synchronous level (2 = FULL, 3 = EXTRA). */
export function durability(db: DB): { journal: string; synchronous: number } {
  return { journal: String(db.pragma('journal_mode', { simple: true })), synchronous: Number(db.pragma('synchronous', { simple: true })) };
}

/** Rows per table, as one string: a database no command has written to since keeps it (demo). */
export function tableCounts(db: DB): string {
  const tables = (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>
  ).map((t) => t.name);
  return tables.map((t) => `${t}:${(db.prepare(`SELECT COUNT(*) AS n FROM "${t.replace(/"/g, '""')}"`).get() as { n: number }).n}`).join(' ');
}

export function foreignKeyCheck(db: DB): number {
  return (db.pragma('foreign_key_check') as unknown[]).length;
}

/** Records whose status is voided without the flag, or flagged without the status. */
export function danglingStates(db: DB): number {
  const row = stmt(db, `SELECT COUNT(*) AS n FROM records WHERE (voided = 1) <> (status = 'voided')`).get() as { n: number };
  return row.n;
}

/** R-000: sequences set back below a number already issued (every new record of that prefix and year would collide). */
export function sequencesBehind(db: DB): Array<{ prefix: string; year: number; last: number | null; issued: number }> {
  return stmt(
    db,
    `SELECT r.prefix, r.year, s.last, r.issued FROM
       (SELECT substr(no, 1, 2) AS prefix, CAST(substr(no, 4, 4) AS INTEGER) AS year, MAX(CAST(substr(no, 9) AS INTEGER)) AS issued
          FROM records WHERE no GLOB '[A-Z][A-Z]-[0-9][0-9][0-9][0-9]-[0-9]*' GROUP BY 1, 2) r
       LEFT JOIN sequences s ON s.prefix = r.prefix AND s.year = r.year
      WHERE s.last IS NULL OR s.last < r.issued ORDER BY r.prefix, r.year`,
  ).all() as Array<{ prefix: string; year: number; last: number | null; issued: number }>;
}
