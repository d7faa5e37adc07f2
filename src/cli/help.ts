// `--help` in the clerk's language (issue 9): the texts of every command and
// option come from src/i18n/commands/, put into the tree the first time help
// is shown; each command's help ends with the rules it follows and two
// examples. Chinese is wrapped by display width (two columns a character).
import { Help, type Command } from 'commander';
import { translator, type Lang } from '../i18n/index.js';
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
  /[\s]*[^\s\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+|[\s]*[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/g;

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
        localize(program, lang, t('help.helpOption'), t('help.versionOption'));
      }
      const h = helpFor(pathOf(cmd));
      // "用法： pmdesk …": no space after a full-width colon.
      const out = [
        Help.prototype.formatHelp
          .call(helper, cmd, helper)
          .trimEnd()
          .replace(/^(\S+：) /, '$1'),
      ];
      if (h?.rules?.length) out.push('', `${t('help.rules')}${lang === 'zh' ? '' : ' '}${h.rules.join(', ')}`);
      if (h?.examples?.length) out.push('', t('help.examples'), ...h.examples.map((e) => `  ${e}`));
      if (!cmd.parent) out.push('', t('help.footer'));
      return `${out.join('\n')}\n`;
    },
    styleTitle: (title: string) => t(`help.title.${title.replace(/:$/, '')}`),
    displayWidth: (s: string) => texts!.displayWidth(s.replace(ANSI, '')),
    boxWrap(this: Help, str: string, width: number): string {
      if (width < this.minWidthToWrap) return str;
      const lines: string[] = [];
      for (const raw of str.split('\n')) {
        let line = '';
        for (const chunk of raw.match(CHUNK) ?? []) {
          if (line && texts!.displayWidth(line + chunk) > width) {
            lines.push(line);
            line = chunk.trimStart();
          } else line += chunk;
        }
        lines.push(line);
      }
      return lines.join('\n');
    },
  });
}

/** Every command's and option's text in the chosen language. */
function localize(cmd: Command, lang: Lang, helpText: string, versionText: string): void {
  const h = texts!.helpFor(pathOf(cmd));
  if (h?.[lang]) cmd.description(h[lang]!);
  for (const o of cmd.options) {
    const text = o.long === '--version' ? versionText : h?.options?.[o.long ?? '']?.[lang];
    if (text) o.description = text;
  }
  const help = (cmd as unknown as { _getHelpOption(): { description: string } | null })._getHelpOption();
  if (help) help.description = helpText;
  for (const c of cmd.commands) localize(c, lang, helpText, versionText);
}
