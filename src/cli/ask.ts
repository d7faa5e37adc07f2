// Guided prompts (issue 9, cli.md "Global"). A command lists the values it
// needs; a value given as a flag is never asked again. When one is missing at
// a terminal the command becomes a walk-through: each missing value is asked in
// turn (a select for closed lists, the unit searched in the registry, the
// person picked from the unit's residents, validation shown at the prompt),
// then the whole entry is shown and confirmed. Without a terminal, or with
// --yes, a missing value is an exit-2 error naming the flag. Everything here
// runs before the command's transaction, so Ctrl-C or "no" writes nothing.
import type { Command, OptionValues } from 'commander';
import type { Io } from '../core/io.js';
import { refuse, Refusal } from '../core/errors.js';
import { idNumberProblem, mask, maskPhone, normalizePhone } from '../core/identity.js';

export interface Ask {
  choices?: readonly string[] | (() => Promise<readonly string[]>); // a closed list: a select prompt (a function: read only when asked, e.g. from the profile)
  validate?: (value: string, answers: OptionValues) => string | true; // the reason shown at the prompt, or true (answers: the values so far)
  default?: string;
  optional?: boolean; // asked during a walk-through, may be left empty
  unit?: boolean; // a unit code, searched in the registry (implied by the key `unit`)
  resident?: 'name' | 'id'; // picked from the residents of the unit in `o.unit`
  many?: boolean; // several may be picked: residents (resident 'id'), or values of `choices` (given on as "a,b")
  phone?: string; // with resident: the key filled with the picked person's phone when empty
  when?: (o: OptionValues) => boolean; // needed only when this holds (checked with the answers so far)
  record?: string; // a record number: picked from the open records of this group (the command's <no>)
  states?: readonly string[]; // with record: only records in these states (those the command can act on, issue 18.7)
  unitStates?: readonly string[]; // with unit: only units in these statuses (checkin start: not yet handed over)
  orPublic?: string; // with unit: a "public place" entry too, which asks the place into this key instead (repair new)
  hook?: readonly string[]; // a key hook: picked from the key sets in these states ('in', 'out')
  staff?: 'person' | 'dept'; // R-106: offered from the staff roster (members of `roles`, or its departments); typed when it is empty
  roles?: readonly string[];
}

/** The database lookups of the pickers, given by the program at start-up (cli/program.ts): this kit imports no workflow. */
export interface Lookups {
  units(io: Io, states?: readonly string[]): Promise<string[]>;
  openNumbers(io: Io, group: string, states?: readonly string[]): Promise<string[]>;
  hooks(io: Io, states: readonly string[]): Promise<string[]>;
  residents(io: Io, unit: string): Promise<Array<{ id: number; name: string; role: string; phone: string | null }>>;
  roleName(io: Io, role: string): Promise<string>;
  staff(io: Io, what: 'person' | 'dept', roles?: readonly string[]): Promise<string[]>;
}
let lookups: Lookups | undefined;
export const setLookups = (l: Lookups) => void (lookups = l);
const lookup = (): Lookups => {
  if (!lookups) throw new Error('pickers used before setLookups()');
  return lookups;
};

/** `confirm: false` for a read (show, print, …): the walk-through only picks the record. */
export interface AskOptions {
  confirm?: boolean;
}

/** The command being run, for prompt labels and the summary (set by `act`). */
const running = new WeakMap<Io, Command>();
export const setCommand = (io: Io, cmd: Command) => void running.set(io, cmd);

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The prompts' own words in the clerk's language (issue 18.7): the key tips
 * (`↑↓ navigate • ⏎ select`) through @inquirer's `theme.style.keysHelpTip`, its
 * stock error texts through `theme.style.error`, Yes/No through `transformer`.
 */
const PROMPT_ERRORS: Record<string, string> = {
  'You must provide a value': 'prompt.err.required',
  'You must provide a valid value': 'prompt.err.invalid',
  'You must select a valid value': 'prompt.err.invalid',
  'Invalid input': 'prompt.err.invalid',
  'No results found': 'prompt.err.noResults',
  'At least one choice must be selected': 'prompt.err.atLeastOne',
};
export function promptTheme(io: Io) {
  const word = (w: string) => io.t(`prompt.key.${w}`);
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `\x1b[1m${key === 'space' ? word('space') : key}\x1b[22m \x1b[2m${word(action)}\x1b[22m`).join(' • '),
      error: (text: string) => `\x1b[31m> ${PROMPT_ERRORS[text] ? io.t(PROMPT_ERRORS[text]) : text}\x1b[39m`,
    },
  };
}
/** A yes/no question in the clerk's words: "是"/"否" once answered. */
export async function confirmIn(io: Io, message: string, dflt = true): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  return confirm({ message, default: dflt, theme: promptTheme(io), transformer: (v) => io.t(v ? 'word.yes' : 'word.no') });
}

const PUBLIC = '\u0000public';

/** Fill in what the command needs; see the file comment. */
// Commander's option values are untyped (OptionValues); the use-case checks each one.
export async function ask(io: Io, o: OptionValues, needs: Record<string, Ask>, opts: AskOptions = {}): Promise<OptionValues> {
  const wanted = (k: string, v: OptionValues) => !needs[k].when || needs[k].when!(v);
  const missing = Object.keys(needs).filter((k) => !needs[k].optional && wanted(k, o) && blank(o[k]));
  if (!missing.length) return o;
  // Every missing value at once, so a script is fixed in one go.
  if (!io.interactive) {
    const arg = missing.find((k) => !isOption(io, k));
    if (arg) refuse('E_USAGE', 'err.requiredArg', { arg: kebab(arg) });
    refuse('E_USAGE', 'err.required', { flag: missing.map(kebab).join(', --') });
  }
  // A record given on the command line that the command cannot act on now is refused before anything is asked (issue 18.7).
  for (const [k, a] of Object.entries(needs)) {
    if (!a.record || !a.states || blank(o[k])) continue;
    const open = await lookup().openNumbers(io, a.record, a.states);
    const no = String(o[k]).toUpperCase();
    if (open.length < 500 && !open.includes(no)) refuse('E_STATE', 'err.notNow', { no, states: a.states.join(', ') });
  }
  const out: OptionValues = { ...o };
  const label = await labeller(io);
  for (const [key, a] of Object.entries(needs)) {
    if (!blank(out[key]) || !wanted(key, out)) continue;
    const v = await prompt(io, out, key, a, label(key));
    if (!blank(v)) out[key] = v;
  }
  if (opts.confirm === false) return out;
  io.stderr(summary(io, out, needs));
  if (!(await confirmIn(io, io.t('ask.confirm')))) refuse('E_CANCELLED', 'err.cancelled');
  return out;
}

/** ask() for a command on one record: its <no> first (picked from the group's open records), then `needs`. */
export function askFor(
  io: Io,
  group: string,
  no: string | undefined,
  o: OptionValues,
  needs: Record<string, Ask> = {},
  opts?: AskOptions,
): Promise<OptionValues> {
  return ask(io, { ...o, no }, { no: { record: group }, ...needs }, opts);
}

/** R-004: a mainland ID number's check digit is verified at the prompt, with the reason shown. */
export function idAtPrompt(io: Io, flag = 'id-number', idType?: string): (v: string, answers?: OptionValues) => string | true {
  return (v, answers) => {
    const type = idType ?? answers?.idType;
    if (type && type !== 'id') return true;
    const why = idNumberProblem(v);
    return why ? io.t('err.idNumber', { flag, value: maskTyped(v), why }) : true;
  };
}

/** Is `key` one of the command's options (else it is its argument, e.g. <no>)? */
function isOption(io: Io, key: string): boolean {
  return !!running.get(io)?.options.some((x) => x.attributeName() === key);
}

/** The prompt text of a flag: its help text in the chosen language, then the flag (or <argument>). */
async function labeller(io: Io): Promise<(key: string) => string> {
  const cmd = running.get(io);
  const { helpFor } = await import('../i18n/commands/index.js');
  const h = cmd && helpFor(pathOf(cmd));
  const options = h?.options || {};
  return (key) => {
    const flag = kebab(key);
    if (!isOption(io, key)) return `${h?.[io.lang] ?? ''} <${flag}>`.trim();
    return options[`--${flag}`] ? `${options[`--${flag}`][io.lang]} (--${flag})` : `--${flag}`;
  };
}

export function pathOf(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Flags whose values are checked at the prompt as the command would check them (phones, dates). */
const PHONE_KEY = /phone$/i;
const DATE_KEY = /^(start|end|promise|deadline|agreed|date)$/;

/** The same check as the use-case, run at the prompt: the reason is shown and the clerk types again. */
function checkAtPrompt(
  io: Io,
  o: OptionValues,
  key: string,
  a: Ask,
  parseInstant: typeof import('../core/time.js').parseInstant,
): ((v: string) => string | true) | undefined {
  if (a.validate) return (v) => a.validate!(v, o);
  const flag = kebab(key);
  // Dates: only whether it parses (any zone will do); the use-case reads it in the estate's zone.
  const check = PHONE_KEY.test(key)
    ? (v: string) => normalizePhone(v, flag)
    : DATE_KEY.test(key)
      ? (v: string) => parseInstant(v, 'Asia/Shanghai', { flag })
      : undefined;
  if (!check) return undefined;
  return (v) => {
    if (a.optional && v.trim() === '') return true;
    try {
      check(v.trim());
      return true;
    } catch (e) {
      if (e instanceof Refusal) return io.t(e.key, e.params);
      throw e;
    }
  };
}

async function prompt(io: Io, o: OptionValues, key: string, a: Ask, message: string): Promise<unknown> {
  const p = await import('@inquirer/prompts');
  const theme = promptTheme(io);
  const optional = a.optional ? ` ${io.t('ask.optional')}` : '';
  if (a.choices) {
    const list = typeof a.choices === 'function' ? await a.choices() : a.choices;
    // Issue 18: each choice in the clerk's words; the code is what is given on.
    const { choiceWord } = await import('./words.js');
    const choices = list.map((c) => ({ value: c, name: choiceWord(io, running.get(io), key, c) }));
    // Several of a closed list (a renovation's scope): ticked, given on as "a,b".
    if (a.many) return (await p.checkbox({ message: message + optional, choices, required: !a.optional, theme })).join(',');
    return p.select({
      theme,
      message: message + optional,
      choices: a.optional ? [{ value: '', name: io.t('ask.none') }, ...choices] : choices,
      default: a.default,
    });
  }
  // A unit, a record or a key: picked by typing part of it, from the database.
  let words: string[] | undefined;
  if (a.unit || key === 'unit') words = await lookup().units(io, a.unitStates);
  else if (a.record) words = await lookup().openNumbers(io, a.record, a.states);
  else if (a.hook) words = await lookup().hooks(io, a.hook);
  if (words) {
    // Nothing open to pick from: say so rather than show an empty list.
    if (!words.length && !a.optional && !a.orPublic) refuse('E_NOT_FOUND', 'err.nothingToPick', { arg: kebab(key) });
    const all = words;
    const none = a.optional ? [{ value: '', name: io.t('ask.none') }] : [];
    // repair new: a public place (公共部位) instead of a unit, then the place typed.
    if (a.orPublic) none.unshift({ value: PUBLIC, name: io.t('ask.publicPlace') });
    const picked = await p.search({
      theme,
      message: message + optional,
      source: (term) => [
        ...(term ? [] : none),
        ...all
          .filter((c) => !term || c.toLowerCase().includes(term.toLowerCase()))
          .slice(0, 12)
          .map((c) => ({ value: c, name: c })),
      ],
    });
    if (picked !== PUBLIC || !a.orPublic) return picked;
    const label = await labeller(io);
    o[a.orPublic] = (await p.input({ theme, message: label(a.orPublic), required: true })).trim();
    return '';
  }
  // R-106: a person or department offered from the roster; what is typed stays possible (someone not on it).
  if (a.staff) {
    const roster = await lookup().staff(io, a.staff, a.roles);
    if (roster.length) {
      const none = a.optional ? [{ value: '', name: io.t('ask.none') }] : [];
      return p.search({
        theme,
        message: message + optional,
        source: (term) => {
          const hits = roster.filter((c) => !term || c.includes(term.trim())).slice(0, 12);
          const typed = term?.trim() && !roster.includes(term.trim()) ? [{ value: term.trim(), name: term.trim() }] : [];
          return [...(term ? [] : none), ...hits.map((c) => ({ value: c, name: c })), ...typed];
        },
      });
    }
  }
  if (a.resident && o.unit) {
    const picked = await pickResident(io, o, a, message);
    if (picked !== undefined) return picked;
  }
  // R-004: an ID number is never shown whole on screen — masked as it is typed and once entered (issue 18.7).
  const secret = DOCUMENT.test(kebab(key));
  const v = await p.input({
    theme,
    transformer: secret ? (typed: string) => maskTyped(typed) : undefined,
    message: message + optional,
    required: !a.optional,
    default: a.default,
    validate: checkAtPrompt(io, o, key, a, (await import('../core/time.js')).parseInstant),
  });
  return a.many ? [v] : v.trim();
}

/** The person, picked from the unit's residents (phones shown masked, R-004); undefined: type it. */
async function pickResident(io: Io, o: OptionValues, a: Ask, message: string): Promise<unknown> {
  const p = await import('@inquirer/prompts');
  const theme = promptTheme(io);
  const people = await lookup().residents(io, o.unit);
  if (!people.length) return undefined;
  const roles = new Map(await Promise.all(people.map(async (r) => [r.role, await lookup().roleName(io, r.role)] as const)));
  const name = (r: (typeof people)[number]) => [r.name, roles.get(r.role), r.phone ? maskPhone(r.phone) : ''].filter(Boolean).join(' · ');
  if (a.many) {
    const ids = await p.checkbox({
      theme,
      message,
      required: true,
      choices: people.map((r) => ({ value: String(r.id), name: name(r), checked: people.length === 1 })),
    });
    return ids;
  }
  const OTHER = -1;
  const id = await p.select({
    theme,
    message,
    choices: [...people.map((r) => ({ value: r.id, name: name(r) })), { value: OTHER, name: io.t('ask.someoneElse') }],
  });
  const r = people.find((x) => x.id === id);
  if (!r) return undefined;
  if (a.phone && blank(o[a.phone]) && r.phone) o[a.phone] = r.phone;
  return a.resident === 'id' ? String(r.id) : r.name;
}

/** What is on screen while an ID number is typed: all but its last four characters starred, then as `mask` shows it. */
export function maskTyped(v: string): string {
  const s = v.trim();
  if (s.length >= 15) return mask(s);
  return s.length > 4 ? '*'.repeat(s.length - 4) + s.slice(-4) : s;
}

/** R-004: personal numbers are shown masked, in the summary too. */
const PHONE = /phone$/;
const DOCUMENT = /id-number$|manager-id$/;

/** The entry about to be written: every option of the command that has a value. */
function summary(io: Io, o: OptionValues, needs: Record<string, Ask>): string {
  const cmd = running.get(io);
  const keys = new Set<string>([...Object.keys(needs), ...(cmd?.options.map((x) => x.attributeName()) ?? [])]);
  const rows: Array<[string, string]> = [];
  for (const k of keys) {
    const v = o[k];
    if (blank(v) || k === 'help') continue;
    const flag = kebab(k);
    const text = Array.isArray(v) ? v.join(', ') : v === true ? io.t('word.yes') : String(v);
    rows.push([isOption(io, k) ? `--${flag}` : `<${flag}>`, PHONE.test(flag) ? maskPhone(text) : DOCUMENT.test(flag) ? mask(text) : text]);
  }
  const width = Math.max(...rows.map(([f]) => f.length));
  return [
    io.t('ask.summary', { command: cmd ? [pathOf(cmd), ...cmd.args].join(' ') : '' }),
    ...rows.map(([f, v]) => `  ${f.padEnd(width)}  ${v}`),
  ].join('\n');
}
