// The uniform verbs for every record type (cli.md): list, show, void.
import { refuse } from '../core/errors.js';
import { reason as reasonText } from '../core/input.js';
import { claimOut, writeOut } from '../core/out.js';
import { monthRange, parseInstant } from '../core/time.js';
import { formatFen } from '../core/money.js';
import * as rec from '../core/store/records.js';
import { ledgerOf } from '../core/store/ledger.js';
import { linksOf } from '../core/store/links.js';
import { loadRecord, voidRecord } from '../core/loop.js';
import { read, write, type Session } from '../core/session.js';
import type { Kind } from '../core/kind.js';
import type { Io } from '../core/io.js';

export interface RecordJson {
  no: string;
  type: string;
  status: string;
  unit: string | null;
  createdAt: string;
  enteredAt: string;
  updatedAt: string;
  dueAt: string | null;
  overdue: boolean;
  voided: boolean;
  provisional: boolean;
  [k: string]: unknown;
}

/** The fields every record has in JSON (cli.md "JSON shapes"). */
export function recordJson(s: Session, r: rec.RecordRow, kind?: Kind, unmask = false, detail?: Record<string, unknown>): RecordJson {
  const base: RecordJson = {
    no: r.no,
    type: r.type,
    status: r.status,
    unit: r.unit_code,
    createdAt: r.event_at,
    enteredAt: r.created_at,
    updatedAt: r.updated_at,
    dueAt: r.voided || kind?.final.includes(r.status) ? null : r.next_due,
    overdue: !r.voided && !kind?.final.includes(r.status) && r.next_due !== null && r.next_due < s.now,
    voided: !!r.voided,
    // R-0A1: the next due time was computed over provisional days (a year without its notice).
    provisional: !r.voided && !kind?.final.includes(r.status) && r.next_provisional !== null,
  };
  if (r.voided) base.voidReason = r.void_reason;
  if (detail) return Object.assign(base, detail);
  return kind?.detail ? Object.assign(base, kind.detail(s, r, unmask)) : base;
}

export function deadlinesJson(s: Session, recordId: number) {
  return rec.listDeadlines(s.db, recordId).map((d) => ({
    step: d.step,
    rule: d.rule,
    opensAt: d.opens_at,
    dueAt: d.due_at,
    doneAt: d.done_at,
    cancelled: !!d.cancelled,
    overdue: !d.done_at && !d.cancelled && d.due_at < s.now && rec.isDuty(d.step), // R-403's trigger is never overdue
    late: !!d.done_at && d.done_at > d.due_at,
    // R-0A1: computed over a year without its notice; `assumed`: the statutory days taken as holidays.
    provisional: d.provisional !== null,
    ...(d.provisional !== null ? { assumed: JSON.parse(d.provisional) as string[] } : {}),
  }));
}

export interface ListOptions {
  status?: string;
  open?: boolean;
  overdue?: boolean;
  unit?: string;
  from?: string;
  to?: string;
  month?: string;
}

export function listOf(io: Io, kind: Kind, o: ListOptions): RecordJson[] {
  return listPage(io, kind, o).rows;
}

/**
 * The matching records, oldest first. With `newest`, only that many of the most
 * recent (a terminal page; `total` says how many match): the cost then follows
 * the page, not the history. Filters on detail fields (repair --tech …) read all.
 */
export function listPage(io: Io, kind: Kind, o: ListOptions, newest?: number): { rows: RecordJson[]; total: number } {
  // A read transaction: R-403 is derived when read (Kind.detail), never stored by a list.
  return read(io, (s) => {
    let from = o.from !== undefined ? parseInstant(o.from, s.tz, { flag: 'from', years: s.years }) : undefined;
    let to = o.to !== undefined ? parseInstant(o.to, s.tz, { flag: 'to', endOfDay: true, years: s.years }) : undefined;
    if (o.month !== undefined) ({ from, to } = monthRange(o.month, s.tz, s.years));
    let unitId: number | undefined;
    if (o.unit) {
      const u = rec.unitByCode(s.db, o.unit.trim());
      if (!u) refuse('E_NOT_FOUND', 'err.noUnit', { code: o.unit });
      unitId = u.id;
    }
    const filters = Object.entries(kind.listFilters ?? {}).filter(([opt]) => (o as Record<string, unknown>)[opt] !== undefined);
    const where = kind.listWhere?.(s, o as Record<string, unknown>);
    const page = filters.length || where ? undefined : newest;
    let out: RecordJson[] = [];
    let total = 0;
    for (const type of kind.types) {
      const f = {
        type,
        status: o.status,
        open: o.open,
        finalStates: kind.final,
        overdueAt: o.overdue ? s.now : undefined,
        unitId,
        from,
        to: to && !o.month ? bump(to) : to,
      };
      const rows = rec.listRecords(s.db, { ...f, newest: page });
      // Issue 23: the details of all the rows in one statement per table when the kind can (no N+1).
      const details = kind.details?.(s, rows, false);
      for (const [i, r] of rows.entries()) out.push(recordJson(s, r, kind, false, details?.[i]));
      if (page !== undefined) total += rec.countRecords(s.db, f);
    }
    if (filters.length)
      out = out.filter((r) => filters.every(([opt, field]) => String(r[field] ?? '') === String((o as Record<string, unknown>)[opt])));
    if (where) out = out.filter((r) => where(r as unknown as Record<string, unknown>));
    if (page === undefined) total = out.length;
    out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    return { rows: newest !== undefined ? out.slice(-newest) : out, total };
  });
}

/** --to is inclusive (end of that day): compare with the next second. */
function bump(to: string): string {
  return new Date(Date.parse(to) + 1000).toISOString();
}

/** `<group> show <no>`; with --unmask (and a reason, audit-logged) ID numbers and phones in full. */
export function showOf(io: Io, kind: Kind, no: string, u: { unmask?: boolean; reason?: string } = {}) {
  const why = u.unmask ? reasonText(u.reason, 'reason', 'err.unmaskReason') : null;
  const unmask = !!u.unmask;
  // A read transaction, a write only for the unmask audit row; R-403 is derived, not stored, here.
  return (unmask ? write : read)(io, (s) => {
    const r = loadRecord(s, no, kind.types, kind.group);
    if (unmask) s.audit({ subject: r.no, action: 'unmask', field: 'reason', new: why });
    const shown = {
      ...recordJson(s, r, kind, unmask),
      deadlines: deadlinesJson(s, r.id),
      timeline: rec.listEvents(s.db, r.id).map((e) => ({
        kind: e.kind,
        at: e.event_at,
        enteredAt: e.entered_at,
        clerk: e.clerk,
        data: JSON.parse(e.data) as Record<string, unknown>,
      })),
      linked: linksOf(s.db, r.id),
      ledger: ledgerOf(s.db, r.id).map((l) => ({
        item: l.item,
        direction: l.direction,
        amountFen: l.amount_fen,
        amount: formatFen(l.amount_fen),
        at: l.at,
        receiptNo: l.receipt_no,
      })),
    };
    // Issue 18: the people a timeline names by id (a call to resident 54, absent owners), for the
    // human view only — not enumerable, so --json keeps its shape.
    const ids = new Set<number>();
    for (const e of shown.timeline)
      for (const [k, v] of Object.entries(e.data ?? {}))
        if (k === 'resident' || k === 'absent') for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'number') ids.add(x);
    const absent = (shown as Record<string, unknown>).absent;
    if (Array.isArray(absent)) for (const x of absent) if (typeof x === 'number') ids.add(x);
    if (ids.size) Object.defineProperty(shown, 'residentNames', { value: rec.residentNames(s.db, [...ids]), enumerable: false });
    return shown;
  });
}

/** The JSON of `<group> show`: the common fields, deadlines, timeline, links and ledger, and the fields of its type's detail. */
export type ShowJson = ReturnType<typeof showOf> & Record<string, unknown>;

export function voidOf(io: Io, kind: Kind, no: string, reason: string | undefined) {
  const why = reasonText(reason);
  return write(io, (s) => {
    kind.refresh?.(s); // a write stores what reads derived before voiding cancels the deadline that fired
    const r = loadRecord(s, no, kind.types, kind.group);
    const v = voidRecord(s, r, why);
    kind.onVoid?.(s, v);
    return recordJson(s, v, kind);
  });
}

/** `X print <no>`: the record's forms as one HTML document (PDF arrives with the reports issue). */
export async function printOf(
  io: Io,
  kind: Kind,
  no: string,
  o: { format?: string; out?: string; force?: boolean; unmask?: boolean; reason?: string },
) {
  const format = o.format ?? 'html';
  if (!['html', 'pdf'].includes(format)) refuse('E_USAGE', 'err.format', { value: format, choices: 'html pdf' });
  const why = o.unmask ? reasonText(o.reason, 'reason', 'err.unmaskReason') : null;
  if (format === 'pdf' && !o.out) refuse('E_USAGE', 'err.pdfOut');
  const out = o.out !== undefined ? claimOut(o.out, { force: o.force, db: io.dbFile }) : null;
  const { renderForms } = await import('../formats/html.js');
  const run = (s: Session) => {
    const r = loadRecord(s, no, kind.types, kind.group);
    if (!kind.print) refuse('E_USAGE', 'err.noForm', { no: r.no });
    if (o.unmask) s.audit({ subject: r.no, action: 'unmask', field: 'reason', new: why });
    return { no: r.no, forms: kind.print(s, r, !!o.unmask), estate: s.profile.estate.name };
  };
  const { no: recNo, forms, estate } = o.unmask ? write(io, run) : read(io, run);
  const html = renderForms(forms, { lang: io.lang, t: io.t, estate });
  if (format === 'pdf') {
    const { htmlToPdf } = await import('../formats/pdf.js');
    const pdf = await htmlToPdf(html, `${recNo} ${forms.map((f) => f.title).join(' / ')}`, io);
    writeOut(out!, pdf);
    return { no: recNo, format, out: o.out, bytes: pdf.length };
  }
  if (out) writeOut(out, html);
  return { no: recNo, format, out: o.out ?? null, bytes: Buffer.byteLength(html), html: o.out ? undefined : html };
}

/** What a shell may complete after a group's verb: its open record numbers (newest 500). */
export function openNumbersOf(io: Io, kind: Kind, states?: readonly string[]): string[] {
  return read(io, (s) => rec.openNumbers(s.db, kind.types, kind.final ?? [], 500, states));
}

/** The desk's next deadline and the overdue count, for the line after a command at a terminal. */
export function nextDue(io: Io) {
  return read(io, (s) => {
    const [next] = rec.openDeadlinesIn(s.db, s.now, '9999', s.now, 1);
    return { next: next && { no: next.no, step: next.step, dueAt: next.due_at }, overdue: rec.countOpenDeadlinesIn(s.db, '0000', s.now, s.now) };
  });
}
