// 楼长会 meetings: the detail row of a `meeting` record.
import { stmt, type DB } from '../../core/store/db.js';

export interface MeetingRow {
  record_id: number;
  held_on: string;
  attendees: string;
  minutes: string;
  actions: string;
}

export function insertMeeting(db: DB, m: MeetingRow): void {
  stmt(db, `INSERT INTO meetings(record_id, held_on, attendees, minutes, actions) VALUES (@record_id, @held_on, @attendees, @minutes, @actions)`).run(
    m,
  );
}

export function getMeeting(db: DB, recordId: number): MeetingRow | undefined {
  return stmt(db, `SELECT * FROM meetings WHERE record_id = ?`).get(recordId) as MeetingRow | undefined;
}

/** Meetings held on local dates in [first, last] (voided ones do not count). */
export function meetingsBetween(db: DB, first: string, last: string): Array<{ no: string; held_on: string }> {
  return stmt(
    db,
    `SELECT r.no, m.held_on FROM meetings m JOIN records r ON r.id = m.record_id
      WHERE m.held_on >= ? AND m.held_on <= ? AND r.voided = 0 ORDER BY m.held_on, r.id`,
  ).all(first, last) as Array<{ no: string; held_on: string }>;
}
