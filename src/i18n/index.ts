// t(key, params) in the chosen language; {name} placeholders are filled from params.
import type { Lang } from './types.js';
import { textOf } from './text.js';

export { WORDS, wordsOf } from './wordtables.js';
export type { Lang } from './types.js';

/**
 * Issue 18: --lang, then PMDESK_LANG, then LANG (LC_ALL first; zh when it starts with "zh",
 * any other locale en). C, POSIX or nothing (a Windows desk PC) decide nothing: undefined.
 */
export function langOverride(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  const v = flag || env.PMDESK_LANG;
  if (v) return v.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const loc = (env.LC_ALL || env.LANG || '').toLowerCase();
  if (!loc || loc === 'c' || loc.startsWith('c.') || loc === 'posix') return undefined;
  return loc.startsWith('zh') ? 'zh' : 'en';
}

/** The language before the estate profile is read: an override, else Chinese (the profile's default `language`). */
export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  return langOverride(flag, env) ?? 'zh';
}

export type { T } from '../core/io.js';
import type { T } from '../core/io.js';

export function translator(lang: Lang): T {
  return (key, params = {}) => {
    const all = textOf(lang);
    const text = Object.hasOwn(all, key) ? all[key] : key;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => {
      if (!(name in params)) return m;
      const v = params[name];
      // A parameter may itself be a message key (e.g. why an ID number is invalid).
      return typeof v === 'string' && Object.hasOwn(all, v) ? all[v] : String(v);
    });
  };
}

export function hasKey(key: string): boolean {
  return Object.hasOwn(textOf('en'), key);
}
