// Help that teaches (issue 9): every command's --help has its purpose, the rules
// it follows and two examples that would run, in English and Chinese; wrapped to
// 80 columns by display width. Snapshots of every command's help in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { pathOf } from '../../src/cli/ask.js';
import { loadHelpTexts, showsHelp } from '../../src/cli/help.js';
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
    it(`${lang}: every command's help fits 80 columns (examples aside) and matches its snapshot`, async () => {
      const p = buildProgram(lang);
      const pages = all(p).map((c) => `$ pmdesk ${pathOf(c)} --help\n${c.helpInformation()}`);
      const wide = pages.flatMap((page) => page.split('\n').filter((l) => !l.startsWith('  pmdesk ') && !l.startsWith('$ ') && displayWidth(l) > 80));
      expect(wide).toEqual([]);
      await expect(pages.join('\n')).toMatchFileSnapshot(`__snapshots__/help.${lang}.txt`);
    });
  }

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
