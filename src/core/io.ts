// What a command knows about how it was called: global options resolved from
// flags and environment. Built once by the CLI and passed down (no singletons).
/** The clerk's language: Chinese first (README), English on request. */
export type Lang = 'zh' | 'en';
/** t(key, params): a message in the chosen language. */
export type T = (key: string, params?: Record<string, unknown>) => string;

export interface Io {
  lang: Lang;
  /** Issue 18: set when no flag or environment chose the language; the session then applies the profile's `language`. */
  profileLang?: (lang: Lang) => void;
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
