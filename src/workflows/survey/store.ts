// Surveys 业主意见调查 (R-1200): the survey and its returns, one per unit.
import { stmt, type DB } from '../../core/store/db.js';

export interface SurveyRow {
  record_id: number;
  title: string;
  year: number;
  closed_at: string | null;
}

export interface ReturnRow {
  id: number;
  unit_id: number;
  unit: string;
  at: string;
  clerk: string;
  scores: string;
  comment: string | null;
}

export function insertSurvey(db: DB, s: SurveyRow): void {
  stmt(db, `INSERT INTO surveys(record_id, title, year, closed_at) VALUES (@record_id, @title, @year, @closed_at)`).run(s);
}

export function getSurvey(db: DB, recordId: number): SurveyRow | undefined {
  return stmt(db, `SELECT * FROM surveys WHERE record_id = ?`).get(recordId) as SurveyRow | undefined;
}

export function closeSurvey(db: DB, recordId: number, at: string): void {
  stmt(db, `UPDATE surveys SET closed_at = ? WHERE record_id = ?`).run(at, recordId);
}

export function insertReturn(
  db: DB,
  r: { surveyId: number; unitId: number; at: string; clerk: string; scores: string; comment: string | null },
): void {
  stmt(
    db,
    `INSERT INTO survey_returns(survey_id, unit_id, at, clerk, scores, comment) VALUES (@surveyId, @unitId, @at, @clerk, @scores, @comment)`,
  ).run(r);
}

export function hasReturn(db: DB, surveyId: number, unitId: number): boolean {
  return !!stmt(db, `SELECT 1 FROM survey_returns WHERE survey_id = ? AND unit_id = ?`).get(surveyId, unitId);
}

/** A survey's returns in the order they were entered (R-801 sampling order for its follow-ups). */
export function returnsOf(db: DB, surveyId: number): ReturnRow[] {
  return stmt(
    db,
    `SELECT s.id, s.unit_id, u.code AS unit, s.at, s.clerk, s.scores, s.comment FROM survey_returns s JOIN units u ON u.id = s.unit_id
      WHERE s.survey_id = ? ORDER BY s.id`,
  ).all(surveyId) as ReturnRow[];
}

export function returnCount(db: DB, surveyId: number): number {
  return (stmt(db, `SELECT COUNT(*) AS n FROM survey_returns WHERE survey_id = ?`).get(surveyId) as { n: number }).n;
}

/**
 * R-1200: a survey's scores summed in SQL, per area (answered, satisfied = 4–5, sum) and the
 * number of returns — what the record's JSON needs, without reading every return into memory
 * (`survey return` shows it after each return: linear, not quadratic, over a survey's returns).
 */
export function scoreSums(db: DB, surveyId: number): { returns: number; areas: Array<{ area: string; den: number; num: number; sum: number }> } {
  const returns = returnCount(db, surveyId);
  const areas = stmt(
    db,
    `SELECT j.key AS area, COUNT(*) AS den, SUM(j.value >= 4) AS num, SUM(j.value) AS sum
       FROM survey_returns s, json_each(s.scores) j WHERE s.survey_id = ? GROUP BY j.key`,
  ).all(surveyId) as Array<{ area: string; den: number; num: number; sum: number }>;
  return { returns, areas };
}

/** The households a survey reaches: every unit sold (not `unsold`). */
export function households(db: DB): number {
  // All units less the unsold (units_status): two index counts, not a walk of every unit row.
  return (
    stmt(db, `SELECT (SELECT COUNT(*) FROM units) - (SELECT COUNT(*) FROM units WHERE status = 'unsold') AS n`).get() as {
      n: number;
    }
  ).n;
}

/** Surveys of a year, voided ones not counted (R-1200: at least one a year). */
export function surveysIn(db: DB, year: number): number {
  return (
    stmt(db, `SELECT COUNT(*) AS n FROM surveys s JOIN records r ON r.id = s.record_id WHERE s.year = ? AND r.voided = 0`).get(year) as {
      n: number;
    }
  ).n;
}

/** The month's survey work: surveys started, returns entered, surveys closed, action items open now. */
export function surveyMonth(db: DB, from: string, to: string): { surveys: number; returns: number; closed: number; actionsOpen: number } {
  const one = (sql: string, ...p: string[]) => (stmt(db, sql).get(...p) as { n: number }).n;
  return {
    surveys: one(`SELECT COUNT(*) AS n FROM records WHERE type = 'survey' AND voided = 0 AND event_at >= ? AND event_at < ?`, from, to),
    returns: one(
      `SELECT COUNT(*) AS n FROM survey_returns s JOIN records r ON r.id = s.survey_id WHERE r.voided = 0 AND s.at >= ? AND s.at < ?`,
      from,
      to,
    ),
    closed: one(
      // From the surveys (a few a year), not a walk of every record to find them (issue 23).
      `SELECT COUNT(*) AS n FROM surveys s CROSS JOIN records r ON r.id = s.record_id WHERE r.voided = 0 AND s.closed_at >= ? AND s.closed_at < ?`,
      from,
      to,
    ),
    actionsOpen: one(
      // Through the open deadlines only (the partial index), not every survey ever.
      `SELECT COUNT(*) AS n FROM deadlines d INDEXED BY deadlines_open JOIN records r ON r.id = d.record_id
        WHERE d.done_at IS NULL AND d.cancelled = 0 AND r.type = 'survey' AND r.voided = 0 AND d.step LIKE 'action-%'`,
    ),
  };
}
