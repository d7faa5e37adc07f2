// The monthly report and the xlsx export, measured (issue 22):
//   node bench/report-cases.mjs --db /tmp/w22.db [--month 2026-10] [--rounds 5] [--type repairs]
// Prints one small table: medians of interleaved rounds (wall ms, CPU ms = user + sys, peak RSS)
// of `node -e 0`, the report's job floor (the same SQL the command ran, replayed by a plain
// better-sqlite3 script; the 12-month trend statements timed apart), `report monthly` in each
// format, and `export <type>` as CSV and as xlsx. Needs GNU time (/usr/bin/time) for CPU and RSS.
// Run with NODE_EXTRA_CA_CERTS unset (it is removed here for the children).
//
// The job floor is recorded, not written by hand: the report runs once with this file as a
// preload (REPORT_CASES_RECORD=<file>), which logs every statement's SQL and parameters.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

if (process.env.REPORT_CASES_RECORD) record(process.env.REPORT_CASES_RECORD);
else main();

/** Preload: log every statement run (SQL and parameters) to `file` when the process exits. */
function record(file) {
  const Database = createRequire(path.join(ROOT, 'package.json'))('better-sqlite3');
  const log = [];
  const prepare = Database.prototype.prepare;
  let patched = false;
  Database.prototype.prepare = function (sql) {
    const st = prepare.call(this, sql);
    if (!patched) {
      patched = true;
      const proto = Object.getPrototypeOf(st);
      for (const m of ['get', 'all', 'iterate']) {
        const orig = proto[m];
        proto[m] = function (...args) {
          log.push({ sql: this.source, args, m });
          return orig.apply(this, args);
        };
      }
    }
    return st;
  };
  process.on('exit', () => fs.writeFileSync(file, JSON.stringify(log)));
}

function main() {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const db = arg('db', '/tmp/w22.db');
  const month = arg('month', '2026-10');
  const rounds = Number(arg('rounds', '5'));
  const type = arg('type', 'repairs');
  const now = arg('now', '2026-11-23T10:00:00+08:00');
  const BIN = path.join(ROOT, 'bin', 'pmdesk.js');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-cases-'));
  const env = { ...process.env, PMDESK_DB: db, PMDESK_NOW: now, PMDESK_CLERK: process.env.PMDESK_CLERK ?? '王敏', LANG: 'C', NO_COLOR: '1' };
  delete env.NODE_EXTRA_CA_CERTS;

  /** One run under GNU time: wall ms, CPU ms, peak RSS MB. */
  const run = (argv, extraEnv = {}) => {
    const tf = path.join(tmp, 'time.txt');
    const t = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-o', tf, '-f', '%U %S %M', process.execPath, ...argv], {
      env: { ...env, ...extraEnv },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 400)}`);
    const [u, s, kb] = fs.readFileSync(tf, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { ms, cpu: (u + s) * 1000, rss: kb / 1024, stdout: r.stdout };
  };

  // The job floor: record the report's statements once, then replay them in a plain script.
  const log = path.join(tmp, 'sql.json');
  run(['--import', path.join(ROOT, 'bench', 'report-cases.mjs'), BIN, 'report', 'monthly', '--month', month, '--format', 'json'], {
    REPORT_CASES_RECORD: log,
  });
  const replay = path.join(tmp, 'replay.mjs');
  fs.writeFileSync(
    replay,
    `import fs from 'node:fs';
import { createRequire } from 'node:module';
const Database = createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))})('better-sqlite3');
const db = new Database(process.argv[2], { readonly: true });
const calls = JSON.parse(fs.readFileSync(${JSON.stringify(log)}, 'utf8'));
let trend = 0n;
const out = [];
for (const c of calls) {
  const t = process.hrtime.bigint();
  const st = db.prepare(c.sql);
  const rows = st.reader ? st.all(...c.args) : [];
  if (c.sql.includes('json_each(@months)')) trend += process.hrtime.bigint() - t;
  out.push(JSON.stringify(rows));
}
process.stdout.write(out.join('\\n'));
process.stderr.write(String(Number(trend) / 1e6));
`,
  );
  const calls = JSON.parse(fs.readFileSync(log, 'utf8'));
  const trendCalls = calls.filter((c) => c.sql.includes('json_each(@months)')).length;

  const out = (f) => path.join(tmp, f);
  const cases = [
    { name: 'node -e 0 (runtime floor)', argv: ['-e', '0'] },
    { name: `job floor: the report's ${calls.length} statements replayed`, argv: [replay, db], floor: true },
    ...['table', 'json', 'csv', 'html'].map((f) => ({
      name: `report monthly --format ${f}`,
      argv: [BIN, 'report', 'monthly', '--month', month, '--format', f],
    })),
    { name: 'report monthly --format pdf', argv: [BIN, 'report', 'monthly', '--month', month, '--format', 'pdf', '--out', out('r.pdf'), '--force'] },
    {
      name: 'report monthly --format xlsx',
      argv: [BIN, 'report', 'monthly', '--month', month, '--format', 'xlsx', '--out', out('r.xlsx'), '--force'],
    },
    { name: `export ${type} (csv)`, argv: [BIN, 'export', type, '--out', out('e.csv'), '--force'] },
    { name: `export ${type} --format xlsx`, argv: [BIN, 'export', type, '--format', 'xlsx', '--out', out('e.xlsx'), '--force'] },
  ];
  const times = new Map(cases.map((c) => [c.name, []]));
  const trendMs = [];
  for (let i = 0; i < rounds; i++)
    for (const c of cases) {
      const r = run(c.argv);
      times.get(c.name).push(r);
      if (c.floor) trendMs.push(Number(spawnSync(process.execPath, c.argv, { env, encoding: 'utf8', maxBuffer: 1 << 30 }).stderr));
    }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const m = Object.fromEntries(
    cases.map((c) => {
      const rs = times.get(c.name);
      return [c.name, { ms: med(rs.map((r) => r.ms)), cpu: med(rs.map((r) => r.cpu)), rss: Math.max(...rs.map((r) => r.rss)) }];
    }),
  );
  const job = m[cases[1].name];
  const html = m['report monthly --format html'];
  const rows = cases.map((c) => {
    const x = m[c.name];
    return [
      c.name,
      x.ms.toFixed(0),
      x.cpu.toFixed(0),
      x.rss.toFixed(0),
      c.argv[0] === BIN && c.name.startsWith('report') ? (x.ms / job.ms).toFixed(2) : '',
    ];
  });
  const head = ['case', 'wall ms', 'cpu ms', 'peak MB', '× job floor'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ');
  console.log(`${db} · month ${month} · now ${now} · ${rounds} interleaved rounds, medians · node ${process.version}`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  const pdf = m['report monthly --format pdf'];
  const csv = m[`export ${type} (csv)`];
  const xlsx = m[`export ${type} --format xlsx`];
  console.log(`trend statements: ${trendCalls}, ${med(trendMs).toFixed(1)} ms of the job floor's SQL`);
  console.log(`pdf − html: ${(pdf.ms - html.ms).toFixed(0)} ms wall, ${(pdf.cpu - html.cpu).toFixed(0)} ms cpu (goal ≤ 500)`);
  console.log(
    `xlsx / csv export: ${(xlsx.ms / csv.ms).toFixed(2)}× wall, ${(xlsx.cpu / csv.cpu).toFixed(2)}× cpu (goal ≤ 3), xlsx peak ${xlsx.rss.toFixed(0)} MB (goal < 200)`,
  );
  fs.rmSync(tmp, { recursive: true, force: true });
}
