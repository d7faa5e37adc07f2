// What a command knows about how it was called: global options resolved from
// flags and environment. Built once by the CLI and passed down (no singletons).
import type { Lang, T } from '../i18n/index.js';

export interface Io {
  lang: Lang;
  t: T;
  json: boolean;
  yes: boolean; // never prompt
  interactive: boolean; // stdin and stdout are TTYs and --yes not given
  color: boolean;
  clerk: string;
  dbFile: string;
  nowEnv: string | undefined; // PMDESK_NOW
  at: string | undefined; // --at
  debug: boolean;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** An open connection to reuse (demo and bench generators); commands then run as savepoints. */
  db?: import('./store/db.js').DB;
}
