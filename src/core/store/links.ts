// Links between records (a checkin → its defect repairs, a repair → its follow-up).
import { stmt, type DB } from './db.js';

export function link(db: DB, recordId: number, linkedId: number, rel: string): void {
  stmt(db, `INSERT INTO record_links(record_id, linked_id, rel) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`).run(recordId, linkedId, rel);
}

export interface LinkRow {
  no: string;
  type: string;
  status: string;
  rel: string;
  direction: 'to' | 'from';
}

/** Records linked to or from `recordId`. */
export function linksOf(db: DB, recordId: number): LinkRow[] {
  return stmt(
    db,
    `SELECT r.no, r.type, r.status, l.rel, 'to' AS direction FROM record_links l JOIN records r ON r.id = l.linked_id WHERE l.record_id = ?
     UNION ALL
     SELECT r.no, r.type, r.status, l.rel, 'from' AS direction FROM record_links l JOIN records r ON r.id = l.record_id WHERE l.linked_id = ?`,
  ).all(recordId, recordId) as LinkRow[];
}
