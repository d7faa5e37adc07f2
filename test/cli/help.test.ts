// Help that teaches (issue 9): every command's --help has its purpose, the rules
// it follows and two examples that would run, in English and Chinese; wrapped to
// 80 columns by display width. Snapshots of every command's help in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { pathOf } from '../../src/cli/ask.js';
import { loadHelpTexts, showsHelp, wrapExample } from '../../src/cli/help.js';
import { helpFor, HELP } from '../../src/i18n/commands/index.js';
import { displayWidth } from '../../src/formats/width.js';
import { pm, ROOT } from './helpers.js';

// The rule ids of domain.md, kept in the repo (CI clones only the repo); checked against the spec when it is there.
const RULES = new Set(fs.readFileSync(path.join(ROOT, 'test/fixtures/rule-ids.txt'), 'utf8').match(/R-(?:\d{3,4}|0A\d)/g));
const SPEC = path.join(ROOT, '../shared/spec/domain.md');
const NO_RULES = ['completion', 'help'];

function all(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(all)];
}
const visible = (c: Command) => c.options.filter((o) => !o.hidden && o.long !== '--version');

/** The command an example runs, walking its words through the tree; and the flags it uses. */
function resolve(program: Command, example: string): { cmd: Command; flags: string[] } {
  const words = example.match(/"[^"]*"|\S+/g)!.slice(1);
  const valued = new Set(program.options.filter((o) => o.required || o.optional).map((o) => o.long));
  let cmd = program;
  const flags: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith('--')) {
      flags.push(w.split('=')[0]);
      if (valued.has(w) && !w.includes('=')) i++;
      continue;
    }
    const sub = cmd.commands.find((c) => c.name() === w);
    if (sub) cmd = sub;
  }
  return { cmd, flags };
}

beforeAll(loadHelpTexts);

describe('help for every command (R-ids, two examples, both languages)', () => {
  const program = buildProgram('en');

  it('the help texts load only when help will be shown (start-up of every other command)', () => {
    expect(showsHelp(program, ['--db', 'x.db', 'unit', 'list'])).toBe(false);
    expect(showsHelp(program, ['complaint', 'new', '--name', '王伟'])).toBe(false);
    for (const args of [[], ['complaint'], ['renovate', 'worker'], ['--lang', 'zh', 'report'], ['complaint', 'new', '-h'], ['help', 'deadlines']])
      expect(showsHelp(program, args)).toBe(true);
  });
  const cmds = all(program);

  it.skipIf(!fs.existsSync(SPEC))('the copy of the rule ids matches domain.md', () => {
    expect([...RULES].sort()).toEqual([...new Set(fs.readFileSync(SPEC, 'utf8').match(/R-(?:\d{3,4}|0A\d)/g))].sort());
  });

  it('each command has a purpose in both languages, its rule ids and two examples that use its own flags', () => {
    const problems: string[] = [];
    for (const c of cmds) {
      const p = pathOf(c);
      const h = helpFor(p);
      if (!h?.en || !h?.zh) problems.push(`${p || 'pmdesk'}: purpose missing`);
      if (!NO_RULES.includes(p) && !h?.rules?.length) problems.push(`${p}: no rule ids`);
      for (const r of h?.rules ?? []) if (!RULES.has(r)) problems.push(`${p}: ${r} is not in domain.md`);
      if (h?.examples?.length !== 2) problems.push(`${p || 'pmdesk'}: ${h?.examples?.length ?? 0} examples`);
      for (const e of h?.examples ?? []) {
        const { cmd, flags } = resolve(program, e);
        const ran = pathOf(cmd);
        if (!e.startsWith('pmdesk ') || (p && ran !== p && !ran.startsWith(`${p} `))) problems.push(`${p}: example does not run it: ${e}`);
        const known = new Set([...cmd.options, ...program.options].map((o) => o.long));
        for (const f of flags) if (!known.has(f)) problems.push(`${p}: example uses ${f}, which \`${pathOf(cmd)}\` does not have`);
      }
      for (const o of visible(c)) if (!h?.options?.[o.long!]?.en || !h?.options?.[o.long!]?.zh) problems.push(`${p} ${o.long}: option text missing`);
    }
    expect(problems).toEqual([]);
  });

  it('no help text is left for a command or option that does not exist', () => {
    const paths = new Map(cmds.map((c) => [pathOf(c), c]));
    const stale: string[] = [];
    for (const [key, h] of Object.entries(HELP)) {
      const targets = key.startsWith('* ')
        ? cmds.filter((c) => c.name() === key.slice(2) && c.parent?.parent === program && c.parent.name() !== 'report')
        : [paths.get(key)];
      if (!targets.length || targets.some((t) => !t)) {
        stale.push(key);
        continue;
      }
      for (const o of Object.keys(h.options ?? {})) if (!targets.some((t) => t!.options.some((x) => x.long === o))) stale.push(`${key} ${o}`);
    }
    expect(stale).toEqual([]);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: every command's help fits 80 columns, examples too (issue 18.5), and matches its snapshot`, async () => {
      const p = buildProgram(lang);
      const pages = all(p).map((c) => `$ pmdesk ${pathOf(c)} --help\n${c.helpInformation()}`);
      const wide = pages.flatMap((page) => page.split('\n').filter((l) => !l.startsWith('$ ') && displayWidth(l) > 80));
      expect(wide).toEqual([]);
      // commander's own words are the clerk's too
      if (lang === 'zh')
        for (const w of ['Usage:', 'Options:', 'Commands:', 'Arguments:', '[options]', '[command]', 'display help', 'choices:', 'default:'])
          expect(pages.join('\n')).not.toContain(w);
      await expect(pages.join('\n')).toMatchFileSnapshot(`__snapshots__/help.${lang}.txt`);
    });
  }

  it('a long example goes on over lines ending in " \\", each within 80 columns, a flag with its value', () => {
    const e = wrapExample(
      'pmdesk complaint new --name 张伟 --unit A-1-101 --phone 13812345678 --channel phone --place "1栋2单元楼道" --desc "楼道垃圾两天未清运"',
      80,
    );
    const lines = e.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/ \\$/);
    expect(e).toContain('--place "1栋2单元楼道"');
    expect(lines.map((l) => l.replace(/ \\$/, '').trim()).join(' ')).toBe(
      'pmdesk complaint new --name 张伟 --unit A-1-101 --phone 13812345678 --channel phone --place "1栋2单元楼道" --desc "楼道垃圾两天未清运"',
    );
  });

  it('the rule texts ship with the package: every rule id in both languages (issue 18.5)', () => {
    for (const lang of ['en', 'zh']) {
      const rules = JSON.parse(fs.readFileSync(path.join(ROOT, `data/rules.${lang}.json`), 'utf8')) as Record<
        string,
        { section: string; text: string }
      >;
      const missing = [...RULES].filter((id) => !rules[id]?.text?.trim() || !rules[id]?.section);
      expect(missing, lang).toEqual([]);
      expect(
        Object.keys(rules).filter((id) => !RULES.has(id)),
        lang,
      ).toEqual([]);
    }
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/rules.zh.json'), 'utf8')) as Record<string, { text: string }>;
    // written in Chinese, not copied: no rule's text is mostly Latin letters
    expect(Object.entries(zh).filter(([, r]) => (r.text.match(/[a-z]/gi) ?? []).length > r.text.length / 2)).toEqual([]);
  });

  it('`pmdesk help R-402` and `help rules --search` show the rules from the product, wrapped at 80 (issue 18.5)', () => {
    const zh = pm('/nonexistent.db', ['--lang', 'zh', 'help', 'R-402']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^R-402 {2}4\. 投诉、建议与表扬/);
    expect(zh.stdout).toContain('任何情况下都要在 24 小时内首次回复投诉人');
    const en = pm('/nonexistent.db', ['--lang', 'en', 'help', 'r-402']);
    expect(en.stdout).toMatch(/^R-402 /);
    expect(en.stdout).toContain('First feedback to the complainant within 24 hours');
    for (const out of [zh.stdout, en.stdout]) for (const l of out.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    const found = pm('/nonexistent.db', ['--lang', 'zh', 'help', 'rules', '--search', '押金']);
    expect(found.code).toBe(0);
    const ids = found.stdout.match(/^R-\S+/gm);
    expect(ids).toEqual(expect.arrayContaining(['R-302', 'R-307', 'R-1300']));
    expect(ids).not.toContain('R-402');
    // an English word finds the same rules, shown in Chinese
    expect(pm('/nonexistent.db', ['--lang', 'zh', 'help', 'rules', '--search', 'deposit']).stdout).toContain('装修保证金');
    const list = pm('/nonexistent.db', ['--lang', 'zh', 'help', 'rules']);
    expect(list.stdout.match(/^R-\S+/gm)).toHaveLength(RULES.size);
    const none = pm('/nonexistent.db', ['--lang', 'zh', 'help', 'R-999']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('没有规则 R-999');
    expect(pm('/nonexistent.db', ['--lang', 'zh', 'help', 'rules', '--search', 'zzzz']).code).toBe(2);
  });

  it('help cites `pmdesk help R-…`, not domain.md, which does not ship (issue 18.5)', () => {
    for (const lang of ['en', 'zh'])
      for (const topic of ['deadlines', 'statuses', 'masking', 'csv', 'profile', 'exit-codes'])
        expect(pm('/nonexistent.db', ['--lang', lang, 'help', topic]).stdout).not.toContain('domain.md');
  });

  it('the "unknown command" hint names the command typed, not the database path (issue 18.5)', () => {
    const a = pm('/nonexistent.db', ['--db', 'shop.db', 'complaint', 'bogus']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('`pmdesk complaint --help`');
    expect(a.stderr).not.toContain('shop.db');
    const b = pm('/nonexistent.db', ['--lang', 'zh', '--db', 'shop.db', 'complaint', 'new', '--bogus']);
    expect(b.stderr.trim()).toBe('pmdesk: 没有 --bogus 这个选项（参见 `pmdesk complaint new --help`）');
    const c = pm('/nonexistent.db', ['--lang', 'zh', '--db', 'shop.db', 'complaintt']);
    expect(c.stderr.trim().split('\n')).toHaveLength(1);
    expect(c.stderr).toContain('是否要用 complaint');
    expect(c.stderr).toContain('`pmdesk --help`');
  });

  it("through the binary: --help and `help <command>` in the clerk's language", () => {
    const zh = pm('/nonexistent.db', ['--lang', 'zh', 'complaint', 'new', '--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法：pmdesk complaint new/);
    expect(zh.stdout).toMatch(/依据规则：R-400[\s\S]*示例：\n {2}pmdesk complaint new /);
    const en = pm('/nonexistent.db', ['help', 'repair', 'new'], { LANG: 'en_US.UTF-8' });
    expect(en.stdout).toMatch(/Rules: R-500[\s\S]*Examples:\n {2}pmdesk repair new /);
    expect(pm('/nonexistent.db', ['help', 'complaint', 'new'], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('示例：');
  });
});
