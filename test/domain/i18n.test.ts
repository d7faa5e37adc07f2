// Every user-facing string exists in both languages; every key used in code exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasKey, translator } from '../../src/i18n/index.js';
import { BUNDLES } from '../../src/i18n/bundles.js';

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('i18n', () => {
  it('has English and Chinese for every key, with the same placeholders', () => {
    for (const b of BUNDLES)
      for (const [k, v] of Object.entries(b)) {
        expect(v.en, k).toBeTruthy();
        expect(v.zh, k).toBeTruthy();
        const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(ph(v.zh), k).toEqual(ph(v.en));
      }
  });
  it('defines every message key the code refuses with', () => {
    const used = new Set<string>();
    for (const f of sources('src')) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:refuse|Refusal)\(\s*'E_[A-Z_]+',\s*'([\w.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const k of used) expect(hasKey(k), k).toBe(true);
  });
  it('fills placeholders', () => {
    expect(translator('zh')('err.voided', { no: 'TS-2026-0001' })).toBe('TS-2026-0001 已作废，不能再操作');
  });
});
