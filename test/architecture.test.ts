// The shape of the code (issue 15): dependency rules, the formatter and linter,
// and the type check, as part of `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const walk = (d: string): string[] =>
  fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
const sources = walk(path.join(root, 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.relative(root, f));

describe('architecture', () => {
  it('dependency-cruiser: no circle, core imports no workflow, workflows meet only through api.ts, only stores know SQLite', () => {
    const r = spawnSync(bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const out = JSON.parse(r.stdout);
    // A cruise that resolves nothing also finds no violation (dependencies.md): count the modules.
    expect(out.summary.totalCruised).toBeGreaterThan(150);
    expect(out.summary.totalDependenciesCruised).toBeGreaterThan(500);
    const violations = out.summary.violations.map((v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
  });

  it('the rules catch a breach: a circle, core importing a workflow, a workflow reaching into another', () => {
    const probes: Array<[string, string]> = [
      ['src/core/__probe.ts', "export * from '../workflows/complaint/__probe.js';\n"],
      ['src/workflows/complaint/__probe.ts', "export * from '../../core/__probe.js';\nexport { createRepair } from '../repair/usecases.js';\n"],
    ];
    for (const [f, text] of probes) fs.writeFileSync(path.join(root, f), text);
    try {
      const r = spawnSync(bin('depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      const names = JSON.parse(r.stdout).summary.violations.map((v: { rule: { name: string } }) => v.rule.name);
      expect(names).toContain('core-is-the-bottom');
      expect(names).toContain('no-circular');
      expect(names).toContain('workflow-to-workflow-through-api');
    } finally {
      for (const [f] of probes) fs.rmSync(path.join(root, f));
    }
  });

  it('core/ names no workflow', () => {
    const offenders = sources.filter(
      (f) => f.startsWith('src/core/') && /from '(\.\.\/)+workflows|import\('(\.\.\/)+workflows/.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('SQL is run only in core/store/ and the workflows’ store files', () => {
    const store = (f: string) => f.startsWith('src/core/store/') || /^src\/workflows\/[^/]+\/store[^/]*\.ts$/.test(f);
    const sql = /\.prepare\(|\.pragma\(|\bdb\.exec\(|\bstmt\(/;
    expect(sources.filter((f) => !store(f) && sql.test(fs.readFileSync(path.join(root, f), 'utf8')))).toEqual([]);
  });

  it('every desk workflow is one folder with its commands, use-cases, rules, store, messages and help', () => {
    for (const w of ['checkin', 'renovate', 'complaint', 'repair', 'visit', 'keys', 'followup', 'registry']) {
      const files = fs.readdirSync(path.join(root, 'src', 'workflows', w));
      for (const f of ['index.ts', 'commands.ts', 'usecases.ts', 'rules.ts', 'messages.ts', 'help.ts']) expect(files, `${w}/${f}`).toContain(f);
      expect(
        files.some((f) => f.startsWith('store')),
        `${w}/store.ts`,
      ).toBe(true);
    }
  });

  it('Biome: formatted and lint-clean', () => {
    const r = spawnSync(bin('biome'), ['check', 'src', 'test', 'bench'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('tsc --noEmit passes', () => {
    expect(() => execFileSync(bin('tsc'), ['--noEmit'], { cwd: root, encoding: 'utf8' })).not.toThrow();
  }, 120_000);
});
