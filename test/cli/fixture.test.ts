// Issue 23: estate() copies a database built once per run instead of running init, unit import
// and resident import for every test. The copy must be what those three commands make.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEstate, estate, fixture, sha } from './helpers.js';

describe('test fixtures (issue 23)', () => {
  it('estate() is byte for byte the estate the three commands build now, in a dir of its own', () => {
    const fresh = path.join(buildEstate(), 'desk.db');
    const a = estate();
    const b = estate();
    expect(sha(a.db)).toBe(sha(fresh));
    expect(a.dir).not.toBe(b.dir);
    expect(fs.readdirSync(a.dir)).toEqual(['desk.db']); // closed by its last command: no -wal to lose
    expect(a.run(['--json', 'resident', 'list', '--unit', 'A-1-101']).json().length).toBeGreaterThan(0);
  });

  it('fixture(): each call is a copy as it was right after the setup; a write to one is not in the next', () => {
    const filed = fixture((e) => {
      const no = e
        .run(['--json', 'complaint', 'new', '--name', '王伟', '--unit', 'A-1-101', '--channel', 'phone', '--about', '保洁', '--desc', '脏'])
        .json().no as string;
      return { no };
    });
    const first = filed();
    const snapshot = sha(first.db);
    expect(first.run(['complaint', 'classify', first.no, '--class', 'minor']).code).toBe(0);
    const second = filed();
    expect(second.no).toBe(first.no);
    expect(second.db).not.toBe(first.db);
    expect(sha(second.db)).toBe(snapshot);
    expect(second.run(['--json', 'complaint', 'show', second.no]).json().status).toBe('new');
  });
});
