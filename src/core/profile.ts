// The estate profile: every default number of domain.md lives in
// data/profile.default.json; an estate overrides single values by dotted key
// (`pmdesk profile set fees.permitFeeFen 3000`). Keys may themselves contain
// dots (deadlines."R-402.feedback"): a path is resolved against the defaults.
import fs from 'node:fs';
import { refuse } from './errors.js';
import { parseSpec } from './deadline.js';
import { dataFile } from './paths.js';
import { isDate } from './time.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Profile = {
  /** Issue 18: the clerk's language when --lang, PMDESK_LANG and LANG say nothing (a Windows desk PC has no LANG). */
  language: 'zh' | 'en';
  estate: { name: string; timezone: string; kind: string; since?: number };
  calendar: { source: string; years: Record<string, { holidays?: string[]; workdays?: string[] }>; closedDays: string[] };
  deadlines: Record<string, string>;
  coverage: Record<string, number>;
  targets: Record<string, number>;
  fees: Record<string, number>;
  renovation: {
    inspectionsPerDay?: number;
    workerPassValidDays?: number;
    seasons: Record<string, { from: string; to: string; patrol: [string, string] }>;
    workStops?: string;
    debrisWindow?: [string, string];
  };
  repair: { kinds: string[]; priceList: Record<string, number> };
  reports: { houseStatusDueDay: number; complaintSummaryDueDay: number };
  notice: { phoneCallsBefore: string; keepDays: number };
  /** R-1300: what the desk lends, how many it owns, the deposit for one. */
  lend: { items: Record<string, LendItem> };
  patrol: { unitsPerMonth: number; publicPlaces: string[]; roundsDue: { am: string; pm: string } };
  survey: { targets: Record<string, number>; owners: Record<string, string> };
  shift: { hours: number };
  /** the centre director's yearly visits (seed 000 第13條: 1–2). */
  followup: { directorVisitsPerYear: number };
};

/** R-1300: an item the desk lends: its Chinese name, how many the desk owns, the deposit for one (fen). */
export interface LendItem {
  name: string;
  stock: number;
  depositFen: number;
}

/** A JSON object walked by a dotted key's path. */
type Tree = Record<string, unknown>;

let defaults: Profile | undefined;

export function defaultProfile(): Profile {
  defaults ??= JSON.parse(fs.readFileSync(dataFile('profile.default.json'), 'utf8')) as Profile;
  return structuredClone(defaults);
}

/** Open maps: keys an estate may add that the defaults do not list. */
const OPEN_MAPS = ['calendar.years', 'repair.priceList', 'lend.items'];

/** Split a dotted key into the path it names in `obj` (longest existing key first). */
export function resolvePath(obj: unknown, key: string): string[] | null {
  const segs = key.split('.');
  const out: string[] = [];
  let node = obj;
  let i = 0;
  while (i < segs.length) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return null;
    let found = -1;
    for (let j = segs.length; j > i; j--) {
      if (Object.hasOwn(node, segs.slice(i, j).join('.'))) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      if (OPEN_MAPS.includes(out.join('.'))) return [...out, segs.slice(i).join('.')];
      return null;
    }
    const k = segs.slice(i, found).join('.');
    out.push(k);
    node = (node as Tree)[k];
    i = found;
  }
  return out;
}

/** Set the value at a path resolved against `obj` (so every step but the last is an object). */
function setAt(obj: Tree, p: string[], value: unknown): void {
  let node = obj;
  for (const k of p.slice(0, -1)) node = node[k] as Tree;
  node[p[p.length - 1]] = value;
}

export function getAt(obj: unknown, p: string[]): unknown {
  return p.reduce<unknown>((n, k) => (n == null ? undefined : (n as Tree)[k]), obj);
}

/** Defaults with the estate's overrides applied (unknown keys are ignored). */
export function mergeProfile(overrides: Array<{ key: string; value: unknown }>): Profile {
  const p = defaultProfile();
  for (const o of overrides) {
    const path = resolvePath(p, o.key);
    if (path) setAt(p, path, o.value);
  }
  return p;
}

function typeOf(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

/**
 * Issue 17 item 6: settings of data/profile.default.json that no rule reads yet.
 * `profile set` refuses them, saying so, rather than accept a value that changes
 * nothing (coverage.firstAid 0 still followed up every first-aid call). A key
 * leaves this list in the change that wires it to its rule.
 */
export const UNREAD_SETTINGS = [
  'calendar.source', // a description of where the shipped calendar comes from
];

export function unreadSetting(key: string): boolean {
  return UNREAD_SETTINGS.some((k) => key === k || key.startsWith(`${k}.`));
}

/** Parse and check a value typed for `profile set`; returns the canonical key and value. */
export function checkSetting(key: string, raw: string): { key: string; value: Json } {
  const base = defaultProfile();
  const path = resolvePath(base, key);
  if (!path) refuse('E_VALUE', 'err.profileKey', { key });
  if (unreadSetting(path.join('.'))) refuse('E_VALUE', 'err.profileUnread', { key: path.join('.') });
  const current = getAt(base, path);
  let value: Json;
  try {
    value = JSON.parse(raw) as Json;
  } catch {
    value = raw;
  }
  if (typeof current === 'string' && typeof value !== 'string') value = raw;
  const want = current === undefined ? 'object' : typeOf(current);
  if (typeOf(value) !== want) refuse('E_VALUE', 'err.profileType', { key, type: want });
  if (want === 'number' && (!Number.isFinite(value) || (value as number) < 0)) refuse('E_VALUE', 'err.profileType', { key, type: want });
  if (path[0] === 'fees' && !Number.isSafeInteger(value)) refuse('E_VALUE', 'err.profileFen', { key });
  if ((path[0] === 'coverage' || path[0] === 'targets' || (path[0] === 'survey' && path[1] === 'targets')) && (value as number) > 1)
    refuse('E_VALUE', 'err.profileRate', { key });
  if (path[0] === 'deadlines') {
    try {
      parseSpec(value as string);
    } catch {
      refuse('E_VALUE', 'err.profileDeadline', { key, value: raw });
    }
  }
  if (path.join('.') === 'language' && value !== 'zh' && value !== 'en') refuse('E_VALUE', 'err.choice', { flag: key, value: raw, choices: 'zh en' });
  if (path.join('.') === 'estate.timezone') {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value as string });
    } catch {
      refuse('E_VALUE', 'err.profileTimezone', { value: raw });
    }
  }
  if (path[0] === 'calendar' && path[1] === 'years') {
    if (!/^\d{4}$/.test(path[2] ?? '')) refuse('E_VALUE', 'err.profileKey', { key });
    const y = value as { holidays?: unknown[]; workdays?: unknown[] }; // an object: checked against the default's type above
    const days = [...(y.holidays ?? []), ...(y.workdays ?? [])];
    if (!days.every((d: unknown) => typeof d === 'string' && isDate(d))) refuse('E_VALUE', 'err.profileYear', { key });
  }
  if (path[0] === 'lend' && path[1] === 'items') {
    // R-1300: an item key (letters, digits, CJK, '-'), a name, a whole stock and a deposit in fen.
    if (!/^[\p{L}\p{N}-]{1,32}$/u.test(path[2] ?? '')) refuse('E_VALUE', 'err.profileKey', { key });
    const it = (path.length === 3 ? value : { [path[3]]: value }) as Record<string, unknown>;
    const okName = !('name' in it) || (typeof it.name === 'string' && it.name.trim().length > 0 && it.name.length <= 32);
    const okInt = (v: unknown) => v === undefined || (Number.isSafeInteger(v) && (v as number) >= 0);
    const whole = path.length > 3 || (typeof it.name === 'string' && 'stock' in it && 'depositFen' in it);
    if (!okName || !okInt(it.stock) || !okInt(it.depositFen) || !whole) refuse('E_VALUE', 'err.profileLendItem', { key });
  }
  if (path.join('.') === 'notice.phoneCallsBefore' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(value as string))
    refuse('E_VALUE', 'err.profileClock', { key });
  if (path.join('.') === 'notice.keepDays' && (!Number.isSafeInteger(value) || (value as number) < 1)) refuse('E_VALUE', 'err.profileDays', { key });
  if (path.join('.') === 'calendar.closedDays' && !(value as unknown[]).every((d) => typeof d === 'string' && isDate(d)))
    refuse('E_VALUE', 'err.profileYear', { key });
  // a monthly report's due day of the month after (a short month ends it earlier).
  if (path[0] === 'reports' && (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 31))
    refuse('E_VALUE', 'err.profileDueDay', { key, value: raw });
  if (path.join('.') === 'estate.since' && (!Number.isInteger(value) || (value as number) < 1990 || (value as number) > 2100))
    refuse('E_VALUE', 'err.profileSince', { value: raw });
  // R-803 (seed 000 第13條): the director visits 1 or 2 times a year.
  if (path.join('.') === 'followup.directorVisitsPerYear' && ![1, 2].includes(value as number))
    refuse('E_VALUE', 'err.profileDirectorVisits', { key, value: raw });
  return { key: path.join('.'), value };
}
