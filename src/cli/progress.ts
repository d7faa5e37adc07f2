// A progress bar on stderr for long imports, only at a terminal.
import type { Io } from '../core/io.js';
import type { Progress } from '../workflows/registry/usecases.js';
import cliProgress from 'cli-progress';

export function progressBar(io: Io): Progress | undefined {
  if (!process.stderr.isTTY || io.json) return undefined;
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(total) {
      if (total < 1000) return;
      bar = new cliProgress.SingleBar(
        { format: `${io.t('imp.progress')} [{bar}] {value}/{total}`, stream: process.stderr, clearOnComplete: true, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    tick(n) {
      bar?.update(n);
    },
    stop() {
      bar?.stop();
    },
  };
}
