// Cross-cutting commands: report due, audit, export, backup, doctor.
import fs from 'node:fs';
import path from 'node:path';
import { refuse } from '../core/errors.js';
import { mask, maskPhone } from '../core/identity.js';
import { addDays, coversYear, isProvisionalYear } from '../core/calendar.js';
import { localDate, parseInstant } from '../core/time.js';
import { createPrivateFile, inTx, openDb, schemaVersion, latestVersion } from '../core/store/db.js';
import { listAudit, verifyAuditChain, iterateAudit } from '../core/store/audit.js';
import { countOpenDeadlinesIn, openDeadlinesIn, type DueRow } from '../core/store/records.js';
import { countProvisional } from '../core/store/calendar.js';
import { applyLazyRules } from '../workflows/index.js';
import { surveysThisYear } from '../workflows/survey/api.js';
import { iterateResidentLinks, iterateUnits } from '../workflows/registry/api.js';
import { ledgerProblems } from '../core/store/ledger.js';
import { integrityCheck, foreignKeyCheck, danglingStates } from '../core/store/health.js';
import { parseNo } from '../core/numbers.js';
import { read, makeSession } from '../core/session.js';
import { GROUP_OF_TYPE } from '../core/loop.js';
import { streamCsv } from '../formats/csv.js';
import type { Io } from '../core/io.js';

// ── report due ───────────────────────────────────────────────────
/**
 * What is overdue and what is due today, across workflows, oldest first. With
 * `limit` (a terminal), at most that many of each, and `total` counts them all.
 */
export async function reportDue(io: Io, limit?: number) {
  await applyLazyRules(io); // an escalation due by now is a fact of the report
  return read(io, (s) => {
    const today = localDate(s.now, s.tz);
    const endOfToday = parseInstant(`${addDays(today, 1)}`, s.tz);
    const item = (d: DueRow) => ({
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
    // R-1200: at least one owners' survey a year — the year named while there is none.
    const sv = surveysThisYear(s);
    // R-0A1: every open deadline computed over provisional days, due today or later.
    return {
      now: s.now,
      date: today,
      overdue,
      dueToday,
      ...(total ? { total } : {}),
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
  'patrols',
  'surveys',
  'units',
  'residents',
  'ledger',
  'audit',
] as const;

export interface ExportOptions {
  out?: string;
  unmask?: boolean;
  reason?: string;
  bom?: boolean;
  encoding?: string;
  from?: string;
  to?: string;
}

/** Stream a CSV export; personal data masked unless --unmask (audit-logged with the reason). */
export async function exportData(
  io: Io,
  what: string,
  o: ExportOptions,
): Promise<{ what: string; rows: number; out: string | null; unmasked: boolean }> {
  if (!(EXPORTS as readonly string[]).includes(what)) refuse('E_USAGE', 'err.choice', { flag: 'type', value: what, choices: EXPORTS.join(' ') });
  if (o.unmask && !o.reason?.trim()) refuse('E_USAGE', 'err.unmaskReason');
  const encoding = (o.encoding ?? 'utf-8').toLowerCase();
  if (!['utf-8', 'utf8', 'gb18030'].includes(encoding))
    refuse('E_USAGE', 'err.choice', { flag: 'encoding', value: o.encoding, choices: 'utf-8 gb18030' });
  if (o.out && fs.existsSync(o.out)) refuse('E_FILE', 'err.outExists', { file: o.out });
  await applyLazyRules(io);
  const db = openDb(io.dbFile);
  try {
    const s = makeSession(io, db);
    const from = o.from ? parseInstant(o.from, s.tz, { flag: 'from' }) : undefined;
    const to = o.to ? parseInstant(o.to, s.tz, { flag: 'to', endOfDay: true }) : undefined;
    const um = !!o.unmask;
    const id = (v: string | null) => (v == null ? '' : um ? v : mask(v));
    const ph = (v: string | null) => (v == null ? '' : um ? v : maskPhone(v));
    if (um) {
      // Logged before the data leaves: the log says who asked and why.
      inTx(db, () => s.audit({ subject: `export:${what}`, action: 'unmask', field: 'reason', new: o.reason!.trim() }));
    }
    let header: string[];
    let rows: Iterable<unknown[]>;
    const t = io.t;
    if (what === 'units') {
      header = ['code', 'building', 'floor', 'area', 'status'].map((c) => t(`csv.${c}`));
      rows = map(iterateUnits(db), (u) => [u.code, u.building, u.floor, u.area_centi == null ? '' : (u.area_centi / 100).toFixed(2), u.status]);
    } else if (what === 'residents') {
      header = ['id', 'name', 'role', 'id_type', 'id_number', 'phone', 'unit'].map((c) => t(`csv.${c}`));
      rows = map(iterateResidentLinks(db), (r) => [r.id, r.name, r.role ?? '', r.id_type, id(r.id_number), ph(r.phone), r.unit_code ?? '']);
    } else if (what === 'audit') {
      header = ['at', 'entered_at', 'clerk', 'subject', 'action', 'field', 'old', 'new'].map((c) => t(`csv.${c}`));
      rows = filter(
        map(iterateAudit(db), (a) => [a.at, a.entered_at, a.clerk, a.subject, a.action, a.field, a.old, a.new]),
        (r) => (!from || String(r[0]) >= from) && (!to || String(r[0]) <= to),
      );
    } else {
      const mod = await import('./exports.js');
      const kind = what === 'ledger' ? undefined : await (await import('../workflows/index.js')).loadKind(mod.EXPORT_GROUP[what]);
      ({ header, rows } = mod.exportRows(s, what, { from, to, unmask: um, kind }));
    }
    const n = await streamCsv(header, rows, o.out ?? null, !!o.bom, encoding === 'gb18030' ? 'gb18030' : 'utf-8');
    return { what, rows: n, out: o.out ?? null, unmasked: um };
  } finally {
    db.close();
  }
}

function* map<A, B>(it: Iterable<A>, f: (a: A) => B): Iterable<B> {
  for (const a of it) yield f(a);
}
function* filter<A>(it: Iterable<A>, f: (a: A) => boolean): Iterable<A> {
  for (const a of it) if (f(a)) yield a;
}

// ── backup ───────────────────────────────────────────────────────────────
export async function backup(io: Io, file: string) {
  if (fs.existsSync(file)) refuse('E_FILE', 'err.outExists', { file });
  const db = openDb(io.dbFile);
  try {
    createPrivateFile(file);
    await db.backup(file);
    fs.chmodSync(file, 0o600);
    const s = makeSession(io, db);
    inTx(db, () => s.audit({ subject: 'database', action: 'backup', field: 'file', new: path.resolve(file) }));
    return { file: path.resolve(file), bytes: fs.statSync(file).size };
  } finally {
    db.close();
  }
}

// ── doctor ───────────────────────────────────────────────────────────────
export interface Check {
  name: string;
  ok: boolean;
  warn?: boolean;
  detail: string;
}

export function doctor(io: Io): { ok: boolean; checks: Check[] } {
  const db = openDb(io.dbFile);
  try {
    const s = makeSession(io, db);
    const t = io.t;
    const checks: Check[] = [];
    const integrity = integrityCheck(db);
    checks.push({ name: 'integrity', ok: integrity === 'ok', detail: integrity });
    const fk = foreignKeyCheck(db);
    checks.push({ name: 'foreignKeys', ok: fk === 0, detail: t('doc.fk', { n: fk }) });
    const v = schemaVersion(db);
    checks.push({ name: 'schema', ok: v === latestVersion(), detail: t('doc.schema', { version: v }) });
    const chain = verifyAuditChain(db);
    checks.push({
      name: 'auditChain',
      ok: chain.brokenAt === null,
      detail: chain.brokenAt === null ? t('doc.chainOk', { n: chain.rows }) : t('doc.chainBroken', { id: chain.brokenAt }),
    });
    const lp = ledgerProblems(db);
    checks.push({ name: 'ledger', ok: lp === 0, detail: t('doc.ledger', { n: lp }) });
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
    return { ok: checks.every((c) => c.ok), checks };
  } finally {
    db.close();
  }
}
