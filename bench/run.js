// npm run bench — quality.md "Speed", in one interleaved run: the runtime floor
// (`node -e 0`), for each measured command its job floor (bench/floor.mjs: plain
// better-sqlite3 running the command's own SQL, recorded with PMDESK_TRACE_SQL), the
// `sqlite3` shell on the same SQL (reference), and pmdesk; every goal marked pass/miss.
// NODE_EXTRA_CA_CERTS is unset for every measured command (this machine sets it; Node 20
// then loads a certificate bundle at each start, ~40 ms, which no user's shell does).
//
//   npm run bench                               the 10-year large estate (bench/.cache, generated if missing, ~1 h)
//   npm run bench -- --years 1                  the 1-year large estate instead (~5–10 min to generate)
//   npm run bench -- --estate /tmp/x.db         an existing estate (say its --years for the label and the goals)
//   npm run bench -- --growth-estate /tmp/y.db  the 1-year estate for the growth goal (default: bench/.cache/large-1y.db if present)
//   npm run bench -- --rounds 7 | --quick       rounds of the interleaved run (default 11; --quick 5)
//   npm run bench -- --generate                 regenerate the estate(s)
//   npm run bench -- --no-results               print only; do not rewrite bench/RESULTS.md
// Case modules: every bench/cases/*.mjs is imported; its default export
// `(ctx) => Case[]` adds rows. ctx: { bin, db, tmp, month, now, repair, unit, pm(argv, env) };
// Case: { name, argv, goal (≤ ratio to its job floor), write?: true (run on a scratch copy;
// the string BENCH-T in argv is made unique per run), note? }.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const BIN = path.join(ROOT, 'bin', 'pmdesk.js');
const FLOOR = path.join(ROOT, 'bench', 'floor.mjs');
const CACHE = path.join(ROOT, 'bench', '.cache');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const ROUNDS = Number(opt('--rounds') ?? (args.includes('--quick') ? 5 : 11));
const YEARS = Number(opt('--years') ?? 10);
const MONTH = '2026-10';
const NOW = '2026-11-23T10:00:00+08:00';
delete process.env.NODE_EXTRA_CA_CERTS;
const ENV = { ...process.env, PMDESK_NOW: NOW, PMDESK_CLERK: '王敏', LANG: 'C', NO_COLOR: '1' }; // the demo roster's reception clerk (R-106)
const SQLITE = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).status === 0 ? 'sqlite3' : null;
fs.mkdirSync(CACHE, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pmdesk-bench-'));

function pm(db, argv, extra = {}) {
  return spawnSync(process.execPath, [BIN, ...argv], { env: { ...ENV, PMDESK_DB: db, ...extra }, encoding: 'utf8', maxBuffer: 1 << 30 });
}

function ensureEstate(file, years, generate) {
  if (fs.existsSync(file) && !generate) {
    const r = pm(file, ['--db', file, 'init']); // an estate made by an older build: upgrade it
    if (r.status !== 0) throw new Error(`init failed: ${r.stderr}`);
    return file;
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const t = Date.now();
  console.error(`generating ${file} (${years} years of activity)…`);
  const r = pm(file, ['--db', file, 'demo', '--size', 'large', '--years', String(years), '--month', MONTH]);
  if (r.status !== 0) throw new Error(`demo --size large failed: ${r.stderr}`);
  console.error(`  ${((Date.now() - t) / 1000).toFixed(0)} s, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);
  return file;
}

/** Wall time of one run (ms); a failure stops the bench. */
function time(cmd, argv, { env = ENV, input, stdout } = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { env, input, stdio: [input === undefined ? 'ignore' : 'pipe', stdout ?? 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${String(r.stderr).slice(0, 300)}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const copy = (from, to) => {
  for (const s of ['', '-wal', '-shm']) if (fs.existsSync(from + s)) fs.copyFileSync(from + s, to + s);
  return to;
};

const generate = args.includes('--generate');
const db = opt('--estate') ?? ensureEstate(path.join(CACHE, `large-${YEARS}y.db`), YEARS, generate);
if (opt('--estate')) ensureEstate(db, YEARS, false);
const growthDb =
  opt('--growth-estate') ?? (YEARS !== 1 && fs.existsSync(path.join(CACHE, 'large-1y.db')) ? path.join(CACHE, 'large-1y.db') : undefined);
if (growthDb) ensureEstate(growthDb, 1, false);
const loadBefore = os.loadavg();

// Scratch copies for the writes: pmdesk, the floor and sqlite3 each write their own.
const writeDb = {
  pm: copy(db, path.join(tmp, 'w-pm.db')),
  floor: copy(db, path.join(tmp, 'w-floor.db')),
  sqlite: copy(db, path.join(tmp, 'w-sqlite.db')),
};
const sample = JSON.parse(pm(db, ['--json', 'repair', 'list', '--month', MONTH]).stdout || '[]');
const repair = sample[0]?.no ?? 'BX-2026-0001';
const unit = sample.find((r) => r.unit)?.unit ?? 'A-1-101';

/** @type {{name: string, argv: string[], goal: number, write?: boolean, note?: string}[]} */
const cases = [
  { name: 'complaint list --open', argv: ['complaint', 'list', '--open'], goal: 1.3 },
  { name: `repair show ${repair}`, argv: ['repair', 'show', repair], goal: 1.3 },
  { name: `unit show ${unit}`, argv: ['unit', 'show', unit], goal: 1.3 },
  { name: `keys where ${unit}`, argv: ['keys', 'where', unit], goal: 1.3 },
  { name: 'report due', argv: ['report', 'due'], goal: 1.3 },
  { name: 'write: unit add', argv: ['unit', 'add', 'BENCH-T'], goal: 1.3, write: true },
  { name: 'report monthly --format json', argv: ['report', 'monthly', '--month', MONTH, '--format', 'json'], goal: 2 },
  { name: 'report monthly --format table', argv: ['report', 'monthly', '--month', MONTH, '--format', 'table'], goal: 2 },
  { name: 'report monthly --format csv', argv: ['report', 'monthly', '--month', MONTH, '--format', 'csv'], goal: 2 },
  { name: 'report monthly --format html', argv: ['report', 'monthly', '--month', MONTH, '--format', 'html'], goal: 2 },
];
const ctx = { bin: BIN, db, tmp, month: MONTH, now: NOW, repair, unit, pm: (argv, env) => pm(db, argv, env) };
const casesDir = path.join(ROOT, 'bench', 'cases');
if (fs.existsSync(casesDir))
  for (const f of fs
    .readdirSync(casesDir)
    .filter((x) => x.endsWith('.mjs'))
    .sort())
    cases.push(...(await import(pathToFileURL(path.join(casesDir, f)).href)).default(ctx));

// Warm the code cache, then record each command's SQL (its trace) for the floors.
pm(db, ['--help']);
cases.forEach((c, i) => {
  c.trace = path.join(tmp, `trace-${i}.sql`);
  const target = c.write ? copy(db, path.join(tmp, `trace-${i}.db`)) : db;
  const r = pm(target, c.argv, { PMDESK_TRACE_SQL: c.trace });
  if (r.status !== 0) throw new Error(`${c.name}: exit ${r.status}: ${r.stderr}`);
  c.sql = fs.readFileSync(c.trace, 'utf8');
  c.shell = c.sql
    .split('\n')
    .filter(Boolean)
    .map((l) => `${l};\n`)
    .join('');
  c.statements = c.sql.split('\n').filter(Boolean).length;
});

// Warm each group's code cache to the generations the launcher keeps (bin/pmdesk.js: 4 per
// group), so no timed run pays for writing one.
const warmDb = copy(db, path.join(tmp, 'warm.db'));
for (let k = 0; k < 4; k++)
  for (const c of cases) pm(c.write ? warmDb : db, c.write ? c.argv.map((a) => a.replace('BENCH-T', `BENCH-W${k}`)) : c.argv);

// The interleaved run: every round runs everything once, in the same order.
const t = { floor: [], version: [], help: [] };
for (const c of cases) Object.assign(c, { tPm: [], tFloor: [], tSqlite: [], tGrowth: [] });
// Growth (issue 23: history that does not grow): each read also runs on the 1-year estate, in the
// same rounds; a command line the smaller estate cannot answer (no such record there) is left out.
const GROWTH = YEARS === 10 && growthDb;
if (GROWTH) for (const c of cases) c.growth = !c.write && pm(growthDb, c.argv).status === 0;
let n = 0;
for (let round = 0; round < ROUNDS; round++) {
  t.floor.push(time(process.execPath, ['-e', '0']));
  t.version.push(time(process.execPath, [BIN, '--version']));
  t.help.push(time(process.execPath, [BIN, '--help']));
  for (const c of cases) {
    const id = `BENCH-${process.pid}-${n++}`;
    const argv = c.write ? c.argv.map((a) => a.replace('BENCH-T', id)) : c.argv;
    const subs = c.write ? [`BENCH-T=${id}`] : [];
    c.tFloor.push(time(process.execPath, [FLOOR, c.write ? writeDb.floor : db, c.trace, ...subs]));
    if (SQLITE) c.tSqlite.push(time(SQLITE, [c.write ? writeDb.sqlite : db], { input: c.shell.split('BENCH-T').join(id) }));
    c.tPm.push(time(process.execPath, [BIN, ...argv], { env: { ...ENV, PMDESK_DB: c.write ? writeDb.pm : db } }));
    if (c.growth) c.tGrowth.push(time(process.execPath, [BIN, ...argv], { env: { ...ENV, PMDESK_DB: growthDb } }));
  }
}
const floor = median(t.floor);
const rows = [];
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(0) : '');
const verdict = (ok) => (ok ? 'pass' : '**miss**');
rows.push(['runtime floor: `node -e 0`', '', '', fmt(floor), '1.00', '', '']);
rows.push([
  'pmdesk --version',
  '',
  '',
  fmt(median(t.version)),
  (median(t.version) / floor).toFixed(2),
  '≤ 1.2× runtime floor',
  verdict(median(t.version) <= 1.2 * floor),
]);
rows.push([
  'pmdesk --help',
  '',
  '',
  fmt(median(t.help)),
  (median(t.help) / floor).toFixed(2),
  '≤ 1.5× runtime floor',
  verdict(median(t.help) <= 1.5 * floor),
]);
for (const c of cases) {
  const f = median(c.tFloor);
  const p = median(c.tPm);
  rows.push([
    `${c.name} (${c.statements} statements)`,
    fmt(f),
    SQLITE ? fmt(median(c.tSqlite)) : 'n/a',
    fmt(p),
    (p / f).toFixed(2),
    `≤ ${c.goal}× job floor`,
    verdict(p <= c.goal * f),
  ]);
}

// PDF: at most 500 ms more than the HTML (both to a file).
{
  const html = [];
  const pdf = [];
  for (let i = 0; i < Math.max(3, Math.floor(ROUNDS / 2)); i++) {
    const base = ['report', 'monthly', '--month', MONTH, '--force', '--out'];
    html.push(time(process.execPath, [BIN, ...base, path.join(tmp, 'r.html'), '--format', 'html'], { env: { ...ENV, PMDESK_DB: db } }));
    pdf.push(time(process.execPath, [BIN, ...base, path.join(tmp, 'r.pdf'), '--format', 'pdf'], { env: { ...ENV, PMDESK_DB: db } }));
  }
  const d = median(pdf) - median(html);
  rows.push(['report monthly --format pdf --out', '', '', fmt(median(pdf)), `+${fmt(d)} ms over HTML`, '≤ 500 ms over HTML', verdict(d <= 500)]);
}

// Growth: each read on 10 years of history and on 1 year (interleaved above), then the same
// month's report again on its own.
if (GROWTH)
  for (const c of cases.filter((x) => x.growth)) {
    const g = median(c.tPm) / median(c.tGrowth);
    rows.push([
      `growth: ${c.name}, 10 years / 1 year (${fmt(median(c.tPm))} / ${fmt(median(c.tGrowth))} ms)`,
      '',
      '',
      '',
      `${g.toFixed(2)}×`,
      '≤ 1.1×',
      verdict(g <= 1.1),
    ]);
  }
if (GROWTH) {
  const a = [];
  const b = [];
  const argv = ['report', 'monthly', '--month', MONTH, '--format', 'json'];
  for (let i = 0; i < ROUNDS; i++) {
    a.push(time(process.execPath, [BIN, ...argv], { env: { ...ENV, PMDESK_DB: db } }));
    b.push(time(process.execPath, [BIN, ...argv], { env: { ...ENV, PMDESK_DB: growthDb } }));
  }
  const g = median(a) / median(b);
  rows.push([
    `growth: report monthly, 10 years / 1 year (${fmt(median(a))} / ${fmt(median(b))} ms)`,
    '',
    '',
    '',
    `${g.toFixed(2)}×`,
    '≤ 1.1×',
    verdict(g <= 1.1),
  ]);
} else
  rows.push([
    'growth: 10 years / 1 year',
    '',
    '',
    '',
    '',
    '≤ 1.1×',
    `not measured (needs the 10-year estate and a 1-year one; this run: ${YEARS} year(s))`,
  ]);

// Export of the largest table: pmdesk --out against `sqlite3 -csv` dumping the export's columns as
// plain values (one row per repair, the same joins), with pmdesk's peak RSS. Not pmdesk's own traced
// SQL: since issue 23 that builds whole CSV lines in SQLite (words, masking, yuan), which the shell
// would then quote again — a heavier reference that would flatter the ratio.
const EXPORT_REFERENCE =
  "SELECT r.no, r.type, r.status, u.code, r.event_at, r.created_at, r.updated_at, (SELECT MIN(x.due_at) FROM deadlines x WHERE x.record_id = r.id AND x.done_at IS NULL AND x.cancelled = 0), CASE WHEN r.voided THEN 'yes' ELSE '' END, r.void_reason, p.kind, p.urgency, p.public_place, p.reporter, p.phone, p.description, p.tech, p.amount_fen, p.receipt_no, p.completed_at, CASE WHEN d.done_at IS NULL THEN '' WHEN d.done_at <= d.due_at THEN 'yes' ELSE 'no' END FROM records r JOIN repairs p ON p.record_id = r.id LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN deadlines d ON d.record_id = r.id AND d.step = 'complete' WHERE r.type = 'repair' ORDER BY r.event_at, r.id";
{
  const out = path.join(tmp, 'repairs.csv');
  const r = pm(db, ['export', 'repairs', '--out', out]);
  if (r.status !== 0) throw new Error(`export: ${r.stderr}`);
  const sql = `${EXPORT_REFERENCE};\n`;
  const lines = fs.readFileSync(out, 'utf8').split('\n').length - 2;
  const a = [];
  const b = [];
  let rss = 0;
  for (let i = 0; i < Math.max(3, Math.floor(ROUNDS / 3)); i++) {
    fs.rmSync(out, { force: true });
    const t0 = process.hrtime.bigint();
    const m = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, 'export', 'repairs', '--out', out], {
      env: { ...ENV, PMDESK_DB: db },
      encoding: 'utf8',
    });
    a.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (m.status !== 0) throw new Error(`export: ${m.stderr}`);
    rss = Math.max(rss, Number(m.stderr.trim().split('\n').pop()) / 1024);
    if (SQLITE) b.push(time(SQLITE, ['-csv', db], { input: `.output ${path.join(tmp, 'sq.csv')}\n${sql}` }));
  }
  const ratio = SQLITE ? median(a) / median(b) : NaN;
  rows.push([
    `export repairs --out (${lines} rows; peak RSS ${rss.toFixed(0)} MB)`,
    '',
    SQLITE ? fmt(median(b)) : 'n/a',
    fmt(median(a)),
    SQLITE ? `${ratio.toFixed(2)}× sqlite3 -csv` : '',
    '≤ 2× `sqlite3 -csv`',
    SQLITE ? verdict(ratio <= 2) : 'not measured (no sqlite3)',
  ]);
}
const size = fs.statSync(db).size;
rows.push([
  `database file, ${YEARS} year(s)`,
  '',
  '',
  `${(size / 1e6).toFixed(0)} MB`,
  '',
  '< 1 GB (10-year large estate)',
  YEARS === 10 ? verdict(size < 1e9) : 'not the 10-year estate',
]);

const loadAfter = os.loadavg();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const table = [
  '| command | job floor ms (better-sqlite3) | sqlite3 shell ms | pmdesk ms | ratio | goal | result |',
  '|---|---:|---:|---:|---:|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const md = `# Benchmark results

Machine: ${machine}. Load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(1)).join(' ')} after (the machine is shared: read ratios, not absolute times).
Run: ${new Date().toISOString()}, ${ROUNDS} interleaved rounds, medians of wall time, NODE_EXTRA_CA_CERTS unset for every command.
Estate: ${opt('--estate') ? `${db} (given, ${YEARS} year(s))` : `\`pmdesk demo --size large --years ${YEARS} --month ${MONTH}\` (bench/.cache/${path.basename(db)})`}, ${(fs.statSync(db).size / 1e6).toFixed(0)} MB, now ${NOW}.${SQLITE ? '' : '\n`sqlite3` is not installed here: its column is n/a and the export goal is not measured.'}
Job floor: \`node bench/floor.mjs <db> <trace>\` replays the statements the command ran (recorded with PMDESK_TRACE_SQL) with plain better-sqlite3 and prints the rows; the sqlite3 shell runs the same statements.

${table}
`;
// Notes written by hand below the marker (the levers' before/after) survive a new run.
const MARK = '<!-- notes: kept by npm run bench -->';
const results = path.join(ROOT, 'bench', 'RESULTS.md');
const old = fs.existsSync(results) ? fs.readFileSync(results, 'utf8') : '';
const kept = old.includes(MARK) ? old.slice(old.indexOf(MARK)) : `${MARK}\n`;
if (!args.includes('--no-results')) {
  fs.writeFileSync(results, `${md}\n${kept}`);
  // The repository's formatter aligns the tables (test/architecture.test.ts checks it).
  const biome = path.join(ROOT, 'node_modules', '.bin', 'biome');
  if (fs.existsSync(biome)) spawnSync(biome, ['format', '--write', results], { stdio: 'ignore' });
}
console.log(md);
fs.rmSync(tmp, { recursive: true, force: true });
