// Cross-cutting commands: report due, audit, export, backup, doctor.
import fs from 'node:fs';
import path from 'node:path';
import { refuse } from '../core/errors.js';
import { mask, maskPhone } from '../core/identity.js';
import { addDays, coversYear, isProvisionalYear } from '../core/calendar.js';
import { localDate, parseInstant } from '../core/time.js';
import { claimOut, fileOut, streamOut, writeOut } from '../core/out.js';
import { beginRead, inTx, openDb, schemaVersion, latestVersion } from '../core/store/db.js';
import { listAudit, verifyAuditChain, iterateAudit, backupFiles, auditHead, formatHead, hashAtRow, parseHead } from '../core/store/audit.js';
import { countOpenDeadlinesIn, getRecord, openDeadlinesIn, type DueRow } from '../core/store/records.js';
import { countProvisional } from '../core/store/calendar.js';
import { openMonthlyDeadlines } from '../report/due.js';
import { openArchiveDeadlines } from '../report/archive.js';
import { quarterOf, quarterRange } from '../core/quarter.js';
import { planProgressOf } from '../workflows/followup/api.js';
import { meetingsBetween } from '../workflows/meeting/api.js';
import { surveysThisYear } from '../workflows/survey/api.js';
import { iterateResidentLinks, iterateUnits } from '../workflows/registry/api.js';
import { ledgerProblems } from '../core/store/ledger.js';
import { integrityCheck, foreignKeyCheck, danglingStates, durability, sequencesBehind } from '../core/store/health.js';
import { parseNo } from '../core/numbers.js';
import { reason } from '../core/input.js';
import { formatFen } from '../core/money.js';
import { read, makeSession } from '../core/session.js';
import { GROUP_OF_TYPE } from '../core/loop.js';
import { streamCsv } from '../formats/csv.js';
import type { Io } from '../core/io.js';

// ── report due ───────────────────────────────────────────────────
/**
 * What is overdue and what is due today, across workflows, oldest first. With
 * `limit` (a terminal), at most that many of each, and `total` counts them all.
 */
export async function reportDue(io: Io, limit?: number, describe = false) {
  const r = dueOf(io, limit);
  // Issue 18: at a terminal (a screenful of rows) each row says what it is about and whom to call (masked, R-004).
  if (describe) await describeDue(io, [...r.overdue, ...r.dueToday]);
  return r;
}

/** A row of `report due`; `about` and `contact` only at a terminal (not in --json). */
interface DueJson {
  no: string;
  type: string;
  group: string;
  status: string;
  unit: string | null;
  step: string;
  rule: string;
  dueAt: string;
  overdue: boolean;
  provisional: boolean;
  about?: string;
  contact?: string;
}

/** Adds `about` (the kind's gist) and `contact` (name and masked phone) to the due rows, for the human view. */
async function describeDue(io: Io, items: Array<{ no: string; group: string; about?: string; contact?: string }>) {
  if (!items.length) return;
  const { loadKind } = await import('../workflows/index.js');
  const { recordJson } = await import('../records/usecases.js');
  const { aboutOf, contactOf } = await import('../records/contact.js');
  const kinds = new Map<string, Awaited<ReturnType<typeof loadKind>>>();
  for (const g of new Set(items.map((d) => d.group))) {
    try {
      kinds.set(g, await loadKind(g));
    } catch {
      // a group without a workflow (none today): its rows keep number and step only
    }
  }
  read(io, (s) => {
    for (const d of items) {
      const kind = kinds.get(d.group);
      if (!kind) continue;
      const row = getRecord(s.db, d.no);
      if (!row) continue;
      const j = recordJson(s, row, kind) as Record<string, unknown>;
      d.about = aboutOf(j, kind.gist);
      d.contact = contactOf(j);
    }
  });
}

function dueOf(io: Io, limit?: number) {
  // A read transaction: an R-403 escalation fired by now is derived (no open duty, issue 16.8), not stored here.
  return read(io, (s) => {
    const today = localDate(s.now, s.tz);
    const endOfToday = parseInstant(`${addDays(today, 1)}`, s.tz);
    const item = (d: DueRow): DueJson => ({
      no: d.no,
      type: d.type,
      group: GROUP_OF_TYPE[d.type] ?? d.type,
      status: d.status,
      unit: d.unit_code,
      step: d.step,
      rule: d.rule,
      dueAt: d.due_at,
      overdue: d.due_at < s.now,
      provisional: d.provisional !== null, // R-0A1
    });
    const EPOCH = '0000';
    const overdue = openDeadlinesIn(s.db, EPOCH, s.now, endOfToday, limit).map(item);
    const dueToday = openDeadlinesIn(s.db, s.now, endOfToday, endOfToday, limit).map(item);
    const total =
      limit === undefined
        ? undefined
        : { overdue: countOpenDeadlinesIn(s.db, EPOCH, s.now, endOfToday), dueToday: countOpenDeadlinesIn(s.db, s.now, endOfToday, endOfToday) };
    // R-103 / R-407 (issue 22): the month's reports not yet produced, due by the end of today.
    // R-805: the quarters' archive hand-overs not yet recorded, due by the end of today (derived, nothing stored).
    const reports = [...openMonthlyDeadlines(s, endOfToday), ...openArchiveDeadlines(s, endOfToday)].sort(
      (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt),
    );
    // this quarter's planned follow-ups, done vs planned by officer and area, and the 楼长会 held.
    const quarter = quarterOf(today);
    const qr = quarterRange(quarter)!;
    const plan = {
      ...planProgressOf(s, quarter, s.now),
      meetings: meetingsBetween(s.db, qr.first, qr.last).map((m) => ({ no: m.no, heldOn: m.held_on })),
    };
    // R-1200: at least one owners' survey a year — the year named while there is none.
    const sv = surveysThisYear(s);
    // R-0A1: every open deadline computed over provisional days, due today or later.
    return {
      now: s.now,
      date: today,
      overdue,
      dueToday,
      ...(total ? { total } : {}),
      reports,
      plan,
      provisional: countProvisional(s.db),
      noSurvey: sv.surveys ? null : sv.year,
    };
  });
}

// ── audit ────────────────────────────────────────────────────────────────
export function audit(io: Io, no?: string) {
  return read(io, (s) => {
    const subject = no ? (/^[A-Za-z]{2}-\d{4}-\d+$/.test(no.trim()) ? parseNo(no).no : no.trim()) : undefined;
    return listAudit(s.db, subject).map((a) => ({
      id: a.id,
      at: a.at,
      enteredAt: a.entered_at,
      clerk: a.clerk,
      subject: a.subject,
      action: a.action,
      field: a.field,
      old: a.old,
      new: a.new,
    }));
  });
}

// ── export (R-903) ───────────────────────────────────────────────────────
export const EXPORTS = [
  'checkins',
  'renovations',
  'complaints',
  'repairs',
  'visits',
  'keys',
  'followups',
  'notices',
  'lending',
  'patrols',
  'surveys',
  'units',
  'residents',
  'ledger',
  'audit',
] as const;

export interface ExportOptions {
  out?: string;
  force?: boolean;
  unmask?: boolean;
  reason?: string;
  bom?: boolean;
  encoding?: string;
  format?: string;
  from?: string;
  to?: string;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/**
 * Stream a CSV export, or an Excel workbook with typed cells (`--format xlsx`,
 * issue 22); personal data masked unless --unmask (audit-logged with the reason, R-004).
 */
export async function exportData(
  io: Io,
  what: string,
  o: ExportOptions,
): Promise<{ what: string; rows: number; out: string | null; unmasked: boolean; format: string }> {
  if (!(EXPORTS as readonly string[]).includes(what)) refuse('E_USAGE', 'err.choice', { flag: 'type', value: what, choices: EXPORTS.join(' ') });
  const why = o.unmask ? reason(o.reason, 'reason', 'err.unmaskReason') : null;
  const format = (o.format ?? 'csv').toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    refuse('E_USAGE', 'err.choice', { flag: 'format', value: o.format, choices: EXPORT_FORMATS.join(' ') });
  if (format === 'xlsx' && !o.out) refuse('E_USAGE', 'err.xlsxOut');
  const encoding = (o.encoding ?? 'utf-8').toLowerCase();
  if (!['utf-8', 'utf8', 'gb18030'].includes(encoding))
    refuse('E_USAGE', 'err.choice', { flag: 'encoding', value: o.encoding, choices: 'utf-8 gb18030' });
  const out = o.out !== undefined ? claimOut(o.out, { force: o.force, db: io.dbFile }) : null;
  // Every flag is checked before anything is written (a refused command changes nothing).
  read(io, (s) => {
    if (o.from !== undefined) parseInstant(o.from, s.tz, { flag: 'from', years: s.years });
    if (o.to !== undefined) parseInstant(o.to, s.tz, { flag: 'to', endOfDay: true, years: s.years });
  });
  // R-403 escalations fired by now are derived by the rows (Kind.exportColumns), not stored: nothing is written
  // unless --unmask logs its reason, so a read-only file exports too (issue 16.8).
  const db = openDb(io.dbFile, { readOnly: !o.unmask });
  try {
    const s = makeSession(io, db);
    const mod = await import('./exports.js');
    const from = o.from !== undefined ? parseInstant(o.from, s.tz, { flag: 'from', years: s.years }) : undefined;
    const to = o.to !== undefined ? parseInstant(o.to, s.tz, { flag: 'to', endOfDay: true, years: s.years }) : undefined;
    const um = !!o.unmask;
    const id = (v: string | null) => (v == null ? '' : um ? v : mask(v));
    const ph = (v: string | null) => (v == null ? '' : um ? v : maskPhone(v));
    if (um) {
      // Logged before the data leaves: the log says who asked and why.
      inTx(db, () => s.audit({ subject: `export:${what}`, action: 'unmask', field: 'reason', new: why }));
    }
    beginRead(db); // one read transaction: every row from one snapshot, never the write lock (closing the file ends it)
    let keys: string[];
    let rows: Iterable<unknown[]>;
    if (what === 'units') {
      keys = ['code', 'building', 'floor', 'area', 'status'];
      rows = map(
        () => iterateUnits(db),
        (u) => [u.code, u.building, u.floor, u.area_centi == null ? '' : (u.area_centi / 100).toFixed(2), u.status],
      );
    } else if (what === 'residents') {
      keys = ['id', 'name', 'role', 'id_type', 'id_number', 'phone', 'unit'];
      rows = map(
        () => iterateResidentLinks(db),
        (r) => [r.id, r.name, r.role ?? '', r.id_type, id(r.id_number), ph(r.phone), r.unit_code ?? ''],
      );
    } else if (what === 'audit') {
      keys = ['at', 'entered_at', 'clerk', 'subject', 'action', 'field', 'old', 'new'];
      rows = filter(
        map(
          () => iterateAudit(db),
          (a) => [a.at, a.entered_at, a.clerk, a.subject, a.action, a.field, a.old, a.new],
        ),
        (r) => (!from || String(r[0]) >= from) && (!to || String(r[0]) <= to),
      );
    } else {
      const kind = what === 'ledger' ? undefined : await (await import('../workflows/index.js')).loadKind(mod.EXPORT_GROUP[what]);
      ({ keys, rows } = mod.exportRows(s, what, { from, to, unmask: um, kind }));
    }
    const header = keys.map((k) => io.t(`csv.${k}`));
    rows = mod.wordCells(io.t, io.lang, what, keys, rows);
    if (format === 'xlsx') {
      const { writeXlsx } = await import('../formats/xlsx.js');
      const columns = keys.map((k, i) => ({ header: header[i], kind: mod.COLUMN_KINDS[k] ?? ('general' as const) }));
      const [n] = await streamOut(out!, (dest) => writeXlsx(dest, [{ name: io.t(`export.sheet.${what}`), columns, rows }]));
      return { what, rows: n, out: o.out ?? null, unmasked: um, format };
    }
    const enc = encoding === 'gb18030' ? 'gb18030' : 'utf-8';
    // The largest table's CSV: finished lines from SQL (issue 23); every other export, cells from JS.
    const lines = what === 'repairs' ? mod.repairCsvLines(s, io.t, io.lang, keys, { from, to, unmask: um }) : rows;
    const n = out ? await streamOut(out, (dest) => streamCsv(header, lines, dest, !!o.bom, enc)) : await streamCsv(header, lines, null, !!o.bom, enc);
    return { what, rows: n, out: o.out ?? null, unmasked: um, format };
  } finally {
    db.close();
  }
}

/** Lazy: the query starts at the first row, so a file that cannot be opened leaves no statement running. */
function* map<A, B>(it: () => Iterable<A>, f: (a: A) => B): Iterable<B> {
  for (const a of it()) yield f(a);
}
function* filter<A>(it: Iterable<A>, f: (a: A) => boolean): Iterable<A> {
  for (const a of it) if (f(a)) yield a;
}

// ── backup ───────────────────────────────────────────────────────────────
export async function backup(io: Io, file: string, o: { force?: boolean } = {}) {
  const out = claimOut(file, { force: o.force, db: io.dbFile });
  // The audit head goes beside the backup (its metadata, outside any database file).
  const headOut = claimOut(`${file}.head`, { force: o.force, db: io.dbFile });
  const db = openDb(io.dbFile);
  try {
    const s = makeSession(io, db);
    const head = auditHead(db); // taken first: the copy holds at least these rows, so it extends this head
    await fileOut(out, async (tmp) => {
      await db.backup(tmp);
    });
    writeOut(
      headOut,
      `${formatHead(head)}\nrows ${head.rows}\nhash ${head.hash}\nat ${s.now}\ndatabase ${path.resolve(io.dbFile)}\nbackup ${out.abs}\ncheck pmdesk doctor --expect ${formatHead(head)}\n`,
    );
    inTx(db, () => s.audit({ subject: 'database', action: 'backup', field: 'file', old: formatHead(head), new: out.abs }));
    return { file: out.abs, bytes: fs.statSync(out.abs).size, auditHead: formatHead(head), headFile: headOut.abs };
  } finally {
    db.close();
  }
}

// ── doctor ───────────────────────────────────────────────────────────────
/** The database, its migration backups beside it, and every file `pmdesk backup` wrote that is still there. */
function privateFiles(dbFile: string, backups: string[]): Array<{ file: string; mode: number }> {
  const dir = path.dirname(path.resolve(dbFile));
  const base = path.basename(dbFile);
  let beside: string[] = [];
  try {
    beside = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(`${base}.v`) && f.endsWith('.bak'))
      .map((f) => path.join(dir, f));
  } catch {
    beside = [];
  }
  const out: Array<{ file: string; mode: number }> = [];
  for (const file of [path.resolve(dbFile), ...beside, ...backups]) {
    try {
      out.push({ file, mode: fs.statSync(file).mode });
    } catch {
      // moved away or deleted: nothing to check
    }
  }
  return out;
}

export interface Check {
  name: string;
  ok: boolean;
  warn?: boolean;
  detail: string;
  /** The records the check found wrong, by number. */
  records?: string[];
}

export function doctor(io: Io, o: { expect?: string } = {}): { ok: boolean; head: string; checks: Check[] } {
  const expected = o.expect === undefined ? undefined : parseHead(o.expect);
  if (expected === null) refuse('E_VALUE', 'err.expectHead', { value: o.expect });
  const db = openDb(io.dbFile);
  try {
    const s = makeSession(io, db);
    const t = io.t;
    const checks: Check[] = [];
    const integrity = integrityCheck(db);
    checks.push({ name: 'integrity', ok: integrity === 'ok', detail: integrity });
    // a success the desk reported (a deposit taken, a receipt given) survives a power cut.
    const dur = durability(db);
    checks.push({
      name: 'durability',
      ok: dur.journal === 'wal' && dur.synchronous >= 2,
      detail: t('doc.durability', { journal: dur.journal, sync: ['off', 'normal', 'full', 'extra'][dur.synchronous] ?? dur.synchronous }),
    });
    const fk = foreignKeyCheck(db);
    checks.push({ name: 'foreignKeys', ok: fk === 0, detail: t('doc.fk', { n: fk }) });
    const v = schemaVersion(db);
    checks.push({ name: 'schema', ok: v === latestVersion(), detail: t('doc.schema', { version: v }) });
    const chain = verifyAuditChain(db);
    const head = formatHead(auditHead(db));
    checks.push({
      name: 'auditChain',
      ok: chain.brokenAt === null,
      detail: chain.brokenAt === null ? t('doc.chainOk', { n: chain.rows, head }) : t('doc.chainBroken', { id: chain.brokenAt }),
    });
    if (expected) {
      // The head written down outside the file (report foot, backup, paper): the log must still extend it.
      const at = hashAtRow(db, expected.rows);
      const ok = at?.startsWith(expected.prefix) === true;
      checks.push({
        name: 'auditHead',
        ok,
        detail: ok
          ? t('doc.headOk', { expect: o.expect!.trim(), n: chain.rows - expected.rows })
          : at === undefined
            ? t('doc.headCut', { expect: o.expect!.trim(), rows: chain.rows, want: expected.rows })
            : t('doc.headRewritten', { expect: o.expect!.trim(), rows: expected.rows }),
      });
    }
    const behind = sequencesBehind(db);
    checks.push({
      name: 'sequences',
      ok: behind.length === 0,
      detail: behind.length
        ? t('doc.seqBehind', { list: behind.map((b) => `${b.prefix}-${b.year} ${b.last ?? 0} < ${b.issued}`).join(', ') })
        : t('doc.seqOk'),
    });
    const lp = ledgerProblems(db);
    const named = lp.map((p) => t(`doc.ledger.${p.problem}`, { no: p.no, amount: p.fen === undefined ? '' : formatFen(p.fen) }));
    checks.push({
      name: 'ledger',
      ok: lp.length === 0,
      detail: lp.length ? `${t('doc.ledger', { n: lp.length })}: ${named.join('; ')}` : t('doc.ledger', { n: 0 }),
      ...(lp.length ? { records: lp.map((p) => p.no) } : {}),
    });
    // quality.md privacy: the database and its backups are readable by their owner only.
    const open = privateFiles(io.dbFile, backupFiles(db)).filter((f) => f.mode & 0o077);
    checks.push({
      name: 'privacy',
      ok: true,
      warn: open.length > 0,
      detail: open.length
        ? t('doc.privacyOpen', { files: open.map((f) => `${f.file} (${(f.mode & 0o777).toString(8)})`).join(', ') })
        : t('doc.privacyOk'),
      ...(open.length ? { records: open.map((f) => f.file) } : {}),
    });
    const dangling = danglingStates(db);
    checks.push({ name: 'states', ok: dangling === 0, detail: t('doc.states', { n: dangling }) });
    // R-0A2: fail once the current year is provisional (or not covered at all); warn from
    // 1 November when next year still is.
    const today = localDate(s.now, s.tz);
    const year = Number(today.slice(0, 4));
    const cal = s.calendar();
    const covered = coversYear(cal, year);
    const provisional = isProvisionalYear(cal, year);
    const nextOfficial = coversYear(cal, year + 1);
    const november = today.slice(5) >= '11-01';
    checks.push({
      name: 'calendar',
      ok: covered,
      warn: !covered || (november && !nextOfficial),
      detail: covered
        ? november && !nextOfficial
          ? t('doc.calNextProvisional', { year, next: year + 1 })
          : t('doc.calOk', { year })
        : provisional
          ? t('doc.calProvisional', { year })
          : t('doc.calMissing', { year }),
    });
    // R-1200: at least one owners' survey a year (a warning while there is none yet).
    const sv = surveysThisYear(s);
    checks.push({
      name: 'survey',
      ok: true,
      warn: sv.surveys === 0,
      detail: sv.surveys ? t('doc.survey', { n: sv.surveys, year: sv.year }) : t('due.noSurvey', { year: sv.year }),
    });
    return { ok: checks.every((c) => c.ok), head, checks };
  } finally {
    db.close();
  }
}
