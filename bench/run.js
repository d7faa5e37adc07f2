// npm run bench — placeholder until the quality issue: times start-up of
// `pmdesk --version` and `pmdesk unit list` next to `node -e 0` (quality.md).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('bin/pmdesk.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pmdesk-bench-'));
const env = { ...process.env, PMDESK_DB: path.join(dir, 'bench.db') };
spawnSync(process.execPath, [bin, 'init', '--estate', 'bench'], { env });

function median(cmd, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, cmd, { env });
    if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed: ${r.stderr}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

const floor = median(['-e', '0']);
const rows = [
  ['node -e 0', floor],
  ['pmdesk --version', median([bin, '--version'])],
  ['pmdesk unit list', median([bin, 'unit', 'list'])],
];
for (const [name, ms] of rows) console.log(`${name.padEnd(20)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / floor).toFixed(2)}×`);
fs.rmSync(dir, { recursive: true, force: true });
