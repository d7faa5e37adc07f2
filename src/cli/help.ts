// `--help` in the clerk's language (issue 9): the texts of every command and
// option come from src/i18n/commands/, put into the tree the first time help
// is shown; each command's help ends with the rules it follows and two
// examples. Chinese is wrapped by display width (two columns a character).
import { Help, type Argument, type Command, type Option } from 'commander';
import { translator, type Lang } from '../i18n/index.js';
import type { Io } from '../core/io.js';
import { refuse } from '../core/errors.js';
import { pathOf } from './ask.js';

// The texts (about 100 kB) load only when help will be shown: start-up is part of every command.
let texts: { helpFor: typeof import('../i18n/commands/index.js').helpFor; displayWidth: (s: string) => number } | undefined;

export async function loadHelpTexts(): Promise<void> {
  const [{ helpFor }, { displayWidth }] = await Promise.all([import('../i18n/commands/index.js'), import('../formats/width.js')]);
  texts = { helpFor, displayWidth };
}

/** Will this command line show help? `-h`/`--help`, `help`, or a group named without a verb. */
export function showsHelp(program: Command, args: string[]): boolean {
  if (args.some((a) => a === '-h' || a === '--help' || a === 'help')) return true;
  let cmd = program;
  for (const a of args) {
    const sub = a.startsWith('-') ? undefined : cmd.commands.find((c) => c.name() === a);
    if (sub) cmd = sub;
    else if (!a.startsWith('-') && cmd !== program) break;
  }
  return cmd.commands.length > 0;
}

const ANSI = /\x1b\[[0-9;]*m/g;
/** A break is allowed after any wide character, as after a space. */
const CHUNK =
  /[\s]*[^\s\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+|[\s]*[（《「『“‘]*[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef][，。：；、！？）》」』”’]*/g;

/** Give `program` help texts in `lang`; call before the commands are added (they inherit it). */
export function localizedHelp(program: Command, lang: Lang): void {
  const t = translator(lang);
  let done = false;
  program.configureHelp({
    formatHelp(cmd: Command, helper: Help): string {
      if (!texts) throw new Error('help texts not loaded (see showsHelp)');
      const { helpFor } = texts;
      if (!done) {
        done = true;
        localize(program, lang, t('help.helpOption'), t('help.versionOption'), [`help [${t('help.usage.commandWord')}]`, t('help.helpCommand')]);
      }
      const h = helpFor(pathOf(cmd));
      // "用法： pmdesk …": no space after a full-width colon.
      const out = [
        Help.prototype.formatHelp
          .call(helper, cmd, helper)
          .trimEnd()
          .replace(/^(\S+：) /, '$1'),
      ];
      if (h?.rules?.length)
        out.push('', wrapText(`${t('help.rules')}${lang === 'zh' ? '' : ' '}${h.rules.join(', ')}`, helper.helpWidth ?? 80, texts.displayWidth));
      if (h?.examples?.length) out.push('', t('help.examples'), ...h.examples.map((e) => wrapExample(e, helper.helpWidth ?? 80)));
      if (!cmd.parent) out.push('', wrapText(t('help.footer'), helper.helpWidth ?? 80, texts.displayWidth));
      return `${out.join('\n')}\n`;
    },
    styleTitle: (title: string) => t(`help.title.${title.replace(/:$/, '')}`),
    // commander's own words: "[options] [command]", "(choices: …, default: …)".
    commandUsage(this: Help, cmd: Command): string {
      return Help.prototype.commandUsage.call(this, cmd).replace('[options]', t('help.usage.options')).replace('[command]', t('help.usage.command'));
    },
    subcommandTerm(this: Help, cmd: Command): string {
      return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', t('help.usage.options'));
    },
    optionDescription(this: Help, option: Option): string {
      return extras(Help.prototype.optionDescription.call(this, option), option.description, lang, t);
    },
    argumentDescription(this: Help, argument: Argument): string {
      return extras(Help.prototype.argumentDescription.call(this, argument), argument.description, lang, t);
    },
    displayWidth: (s: string) => texts!.displayWidth(s.replace(ANSI, '')),
    boxWrap(this: Help, str: string, width: number): string {
      if (width < this.minWidthToWrap) return str;
      return wrapText(str, width, texts!.displayWidth);
    },
  });
}

/** "(choices: "zh", "en")" in the clerk's words: "（可选值：zh、en）". */
function extras(full: string, own: string, lang: Lang, t: (k: string) => string): string {
  const extra = full.slice(own.length).trim();
  if (!extra) return full;
  const sep = lang === 'zh' ? '、' : ', ';
  const parts = extra
    .replace(/^\(|\)$/g, '')
    .split(/, (?=choices: |default: |preset: |env: )/)
    .map((p) => {
      const [, word, value] = /^(\w+): (.*)$/.exec(p) ?? [];
      if (!word) return p;
      const v = word === 'choices' ? value.replace(/"/g, '').split(', ').join(sep) : value;
      return `${t(`help.extra.${word}`)}${v}`;
    });
  const box = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  return `${own}${own ? box[0] : box[0].trim()}${parts.join(lang === 'zh' ? '；' : ', ')}${box[1]}`;
}

/**
 * Wrap `str` to `width` display columns (two a Chinese character), breaking at
 * spaces or after any wide character; a continued list item ("- …") is indented.
 */
export function wrapText(str: string, width: number, displayWidth: (s: string) => number): string {
  const lines: string[] = [];
  for (const raw of str.split('\n')) {
    const indent = /^(\s*(?:- )?)/.exec(raw)![1].replace('-', ' ');
    let line = '';
    for (const chunk of raw.match(CHUNK) ?? []) {
      if (line.trim() && displayWidth(line + chunk) > width) {
        lines.push(line);
        line = indent + chunk.trimStart();
      } else line += chunk;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** An example longer than the help's width goes on over lines ending in ` \\` (a shell still runs it). */
export function wrapExample(example: string, width: number): string {
  const dw = texts?.displayWidth ?? ((s: string) => s.length);
  const words: string[] = [];
  for (const w of example.match(/"[^"]*"|'[^']*'|\S+/g) ?? []) {
    const last = words[words.length - 1];
    // a flag keeps its value on its line: "--desc "…""
    if (last?.startsWith('--') && !last.includes(' ') && !w.startsWith('-') && words.length > 1) words[words.length - 1] = `${last} ${w}`;
    else words.push(w);
  }
  const lines: string[] = [];
  let line = ' ';
  for (const w of words) {
    const room = width - 2; // for " \\"
    if (line.trim() && dw(`${line} ${w}`) > room) {
      lines.push(`${line} \\`);
      line = `     ${w}`;
    } else line += ` ${w}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** The width help and rules are wrapped to: the terminal's, 80 when unknown. */
export function termWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
}

/**
 * `pmdesk help [topic…] [--search …]`: a topic (deadlines, …), a rule (R-402),
 * the rules (`rules`, `--search 押金`) or a command's help.
 */
export async function helpTopic(program: Command, words: string[], search: string | undefined, io: Io): Promise<string> {
  const { displayWidth } = await import('../formats/width.js');
  const fit = (s: string) => wrapText(s, termWidth(), displayWidth);
  const rules = () => import('./rules.js');
  if (!words.length && search === undefined) return `${program.helpInformation()}\n${fit(io.t('help.topics'))}`;
  const { layoutTables, listRules, ruleId, showRule } = await rules();
  const fitRules = (s: string) => fit(layoutTables(s, termWidth(), displayWidth));
  if ((words.length === 1 && words[0] === 'rules') || (!words.length && search !== undefined))
    return fitRules(listRules(io.lang, search, termWidth(), displayWidth));
  const { hasKey } = await import('../i18n/index.js');
  if (words.length === 1 && hasKey(`help.${words[0]}`)) return fit(io.t(`help.${words[0]}`));
  const ids = words.map(ruleId);
  if (ids.every(Boolean)) return fitRules(ids.map((id) => showRule(id!, io.lang)).join('\n\n'));
  let cmd: Command | undefined = program;
  for (const w of words) cmd = cmd?.commands.find((c) => c.name() === w || c.aliases().includes(w));
  if (!cmd) refuse('E_USAGE', 'help.unknown', { topic: words.join(' ') });
  return cmd.helpInformation();
}

/** Every command's and option's text in the chosen language. */
function localize(cmd: Command, lang: Lang, helpText: string, versionText: string, helpCommand: [string, string]): void {
  const h = texts!.helpFor(pathOf(cmd));
  if (h?.[lang]) cmd.description(h[lang]!);
  for (const o of cmd.options) {
    const text = o.long === '--version' ? versionText : h?.options?.[o.long ?? '']?.[lang];
    if (text) o.description = text;
  }
  const help = (cmd as unknown as { _getHelpOption(): { description: string } | null })._getHelpOption();
  if (help) help.description = helpText;
  // a group's own `help [command]` (the program's is `pmdesk help`, built in program.ts)
  if (cmd.parent && cmd.commands.length) cmd.helpCommand(...helpCommand);
  for (const c of cmd.commands) localize(c, lang, helpText, versionText, helpCommand);
}
