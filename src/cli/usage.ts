// A command line commander refuses (issue 18.5): its message in the clerk's
// language and a hint naming the command the clerk typed — the words of the
// command, not the value of a global option (`--db shop.db`) nor the unknown word.
type T = (key: string, params?: Record<string, unknown>) => string;

/** Global options that take a value: their value is no command word. */
const VALUED = new Set(['--db', '--clerk', '--lang', '--at']);

/** The command words of `argv` (global options skipped), up to the first option of the command. */
export function commandWords(argv: string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (VALUED.has(a)) i++;
    else if (a.startsWith('-')) {
      if (words.length) break;
    } else words.push(a);
  }
  return words;
}

const PATTERNS: [RegExp, string][] = [
  [/^unknown command '([^']*)'/, 'usage.unknownCommand'],
  [/^unknown option '([^']*)'/, 'usage.unknownOption'],
  [/^missing required argument '([^']*)'/, 'usage.missingArgument'],
  [/^option '([^']*)' argument missing/, 'usage.optionMissingArgument'],
  [/^required option '([^']*)' not specified/, 'usage.requiredOption'],
  [/^too many arguments/, 'usage.tooMany'],
  [/^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/, 'usage.choice'],
];

/** commander's `error: unknown command 'x'\n(Did you mean y?)` → one line in the clerk's language, with its hint. */
export function usageMessage(raw: string, code: string, argv: string[], t: T): string {
  let message = raw.replace(/^error:\s*/, '');
  const [, similar] = /\n\(Did you mean (?:one of )?(.*)\?\)$/.exec(message) ?? [];
  message = message.replace(/\n\(Did you mean.*$/, '');
  for (const [re, key] of PATTERNS) {
    const m = re.exec(message);
    if (m) {
      message = t(key, { name: m[1], value: m[2], choices: m[3] });
      break;
    }
  }
  if (similar) message += t('usage.didYouMean', { similar });
  let words = commandWords(argv);
  // the unknown word, and what follows it, is not a command to ask help of
  if (code === 'commander.unknownCommand') {
    const unknown = /^unknown command '([^']*)'/.exec(raw.replace(/^error:\s*/, ''))?.[1];
    const at = unknown === undefined ? -1 : words.indexOf(unknown);
    words = words.slice(0, at < 0 ? -1 : at);
  }
  words = words.slice(0, 2);
  return t('err.usage', { message, command: words.length ? `${words.join(' ')} ` : '' });
}
