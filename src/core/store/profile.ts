// Estate overrides of data/profile.default.json, one row per dotted key.
import { stmt, type DB } from './db.js';

export function profileOverrides(db: DB): Array<{ key: string; value: unknown }> {
  const rows = stmt(db, `SELECT key, value FROM profile ORDER BY key`).all() as Array<{ key: string; value: string }>;
  return rows.map((r) => ({ key: r.key, value: JSON.parse(r.value) }));
}

export function setProfileValue(db: DB, key: string, value: unknown): void {
  stmt(db, `INSERT INTO profile(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(key, JSON.stringify(value));
}
