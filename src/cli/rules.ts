// `pmdesk help R-402` and `pmdesk help rules [--search 押金]` (issue 18.5): the
// rules the product follows, shipped with it (data/rules.en.json from the spec,
// data/rules.zh.json written in Chinese after the seed manuals), in the clerk's
// language, wrapped to the terminal.
import fs from 'node:fs';
import { dataFile } from '../core/paths.js';
import { refuse } from '../core/errors.js';
import type { Lang } from '../i18n/index.js';

export type Rule = { section: string; text: string };
export type Rules = Record<string, Rule>;

const cache: Partial<Record<Lang, Rules>> = {};

/** Every rule by id, in `lang`. */
export function rulesIn(lang: Lang): Rules {
  cache[lang] ??= JSON.parse(fs.readFileSync(dataFile(`rules.${lang}.json`), 'utf8')) as Rules;
  return cache[lang]!;
}

/** "r-402", "R-402" → "R-402"; anything else → undefined. */
export function ruleId(word: string): string | undefined {
  const m = /^r-(\d{3,4}|0a\d)$/i.exec(word);
  return m ? `R-${m[1].toUpperCase()}` : undefined;
}

const byId = (a: string, b: string) => {
  const n = (s: string) => s.replace('R-', '').replace(/^0A/, '00.');
  return Number.parseFloat(n(a)) - Number.parseFloat(n(b)) || a.localeCompare(b);
};

/** `line` cut to `width` columns, ending in "…" when cut. */
function cut(line: string, width: number, displayWidth: (s: string) => number): string {
  if (displayWidth(line) <= width) return line;
  let out = '';
  for (const ch of line) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** One rule, its section above it; refused (exit 2) when there is no such rule. */
export function showRule(id: string, lang: Lang): string {
  const r = rulesIn(lang)[id];
  if (!r) refuse('E_USAGE', 'help.noRule', { id });
  return `${id}  ${r.section}\n\n${r.text}`;
}

/**
 * Every rule's first line, or — with `search` — the whole text of every rule
 * whose text (in either language) contains it; refused when none does.
 */
export function listRules(lang: Lang, search: string | undefined, width: number, displayWidth: (s: string) => number): string {
  const rules = rulesIn(lang);
  const ids = Object.keys(rules).sort(byId);
  if (!search) return ids.map((id) => cut(`${id}  ${rules[id].text.split('\n')[0]}`, width, displayWidth)).join('\n');
  const other = rulesIn(lang === 'zh' ? 'en' : 'zh');
  const q = search.toLowerCase();
  const hits = ids.filter((id) => [rules[id], other[id]].some((r) => r && `${id} ${r.section} ${r.text}`.toLowerCase().includes(q)));
  if (!hits.length) refuse('E_NOT_FOUND', 'help.noRuleFound', { search });
  return hits.map((id) => showRule(id, lang)).join('\n\n');
}

/**
 * A rule's Markdown tables as columns that fit `width` — or, when they do not,
 * one "- first: header value; …" line a row (wrapped after by the caller).
 */
export function layoutTables(text: string, width: number, displayWidth: (s: string) => number): string {
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|')) {
      out.push(lines[i]);
      continue;
    }
    const rows: string[][] = [];
    for (; i < lines.length && lines[i].startsWith('|'); i++)
      if (!/^\|[-\s|:]+\|$/.test(lines[i]))
        rows.push(
          lines[i]
            .slice(1, -1)
            .split('|')
            .map((c) => c.trim()),
        );
    i--;
    const cols = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
    if (2 + cols.reduce((a, b) => a + b + 2, 0) <= width) {
      for (const r of rows) out.push(`  ${r.map((c, k) => c + ' '.repeat(cols[k] - displayWidth(c))).join('  ')}`.trimEnd());
    } else {
      const [head, ...body] = rows;
      for (const r of body)
        out.push(
          `- ${r[0]}: ${r
            .slice(1)
            .map((c, k) => `${head[k + 1]} ${c}`)
            .join('; ')}`,
        );
    }
  }
  return out.join('\n');
}
