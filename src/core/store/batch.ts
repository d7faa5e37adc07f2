// Batched reads for lists (issue 23: no N+1): a list's detail rows in one statement per
// table for all its record ids, not one query per listed row. The ids are written into the
// statement as a literal list (integers only, checked): the statement trace
// (PMDESK_TRACE_SQL, bench/floor.mjs) then holds them whole, where a bound JSON text would
// be cut to 32 bytes. Such statements are prepared once each, not kept in the statement cache.
import type { DB } from './db.js';

/** Where the SQL takes the id list: `… WHERE record_id IN ${IDS}`. */
export const IDS = '(/*ids*/)';

/** Rows of `sql` for these ids (IDS replaced by the list; `params` bound), in the order the SQL gives them. */
export function batchAll<T>(db: DB, sql: string, ids: readonly number[], ...params: unknown[]): T[] {
  if (!ids.length) return [];
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new Error(`not a record id: ${id}`);
  return db.prepare(sql.replaceAll(IDS, `(${ids.join(',')})`)).all(...params) as T[];
}

/** Rows grouped by `key`, each group in the order the SQL gives them. */
export function rowsBy<T, K extends number | string = number>(
  db: DB,
  sql: string,
  ids: readonly number[],
  key: (row: T) => K,
  ...params: unknown[]
): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of batchAll<T>(db, sql, ids, ...params)) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** One row per record id (a detail table keyed by record_id). */
export function rowBy<T extends { record_id: number }>(db: DB, sql: string, ids: readonly number[], ...params: unknown[]): Map<number, T> {
  const out = new Map<number, T>();
  for (const row of batchAll<T>(db, sql, ids, ...params)) out.set(row.record_id, row);
  return out;
}
