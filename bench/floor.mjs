// The job floor (quality.md "Speed"): a plain better-sqlite3 script that opens the same
// database, runs the same SQL as a pmdesk command and prints the rows — what the command
// costs with nothing of pmdesk around it. The SQL is the command's own, recorded by
// `PMDESK_TRACE_SQL=<file> pmdesk …` (one statement a line, values inlined), each run
// with the same values, prepared once per shape.
//   node bench/floor.mjs <db> <trace.sql> [from=to …]   (each from=to rewrites the SQL, e.g. a new unit code)
import Database from 'better-sqlite3';
import fs from 'node:fs';

const [file, trace, ...subs] = process.argv.slice(2);
let sql = fs.readFileSync(trace, 'utf8');
for (const s of subs) {
  const i = s.indexOf('=');
  sql = sql.split(s.slice(0, i)).join(s.slice(i + 1));
}
const db = new Database(file);
// The trace has the values inlined; a plain script prepares each statement once and binds
// its values (as pmdesk does): literals become parameters again, one prepared statement a shape.
const LITERAL = /'((?:[^']|'')*)'|(?<![\w.])(-?\d+(?:\.\d+)?)(?![\w.])/g;
const prepared = new Map();
function statement(line) {
  if (/^\s*PRAGMA/i.test(line)) return { st: db.prepare(line), params: [] };
  const params = [];
  // SQLite's expanded SQL cuts a long text value to 32 bytes and says so in a comment: drop it.
  const shape = line.replace(/\/\*\+\d+ bytes\*\//g, '').replace(LITERAL, (_, str, num) => {
    params.push(str !== undefined ? str.replaceAll("''", "'") : Number(num));
    return '?';
  });
  let st = prepared.get(shape);
  if (!st) {
    try {
      st = db.prepare(shape);
    } catch {
      return { st: db.prepare(line), params: [] }; // a literal SQL needs as such (LIMIT in a subquery, a column default…)
    }
    prepared.set(shape, st);
  }
  return { st, params };
}
let out = '';
const flush = () => {
  fs.writeSync(1, out);
  out = '';
};
for (const line of sql.split('\n')) {
  if (!line.trim()) continue;
  const { st, params } = statement(line);
  if (!st.reader) {
    try {
      st.run(...params);
    } catch (e) {
      throw new Error(`${e.message}: ${line.slice(0, 200)} ${JSON.stringify(params).slice(0, 200)}`);
    }
    continue;
  }
  for (const row of st.raw().iterate(...params)) {
    out += `${row.join(',')}\n`;
    if (out.length > 1 << 16) flush();
  }
}
flush();
db.close();
