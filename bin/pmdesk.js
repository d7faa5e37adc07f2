#!/usr/bin/env node
// Launcher of the built CLI (run `npm run build` first): dist/cli.cjs, one bundle.
// Start-up is most of a desk command's cost (quality.md "Speed", issue 23), so:
// - `pmdesk --version` is answered here, without loading the bundle;
// - Node >= 22: the runtime's own module compile cache (module.enableCompileCache);
// - Node 20: a V8 code cache of the bundle (vm.Script cachedData), kept beside it
//   (dist/cli.cjs.cache) or, where dist/ is read-only, in the user's cache dir. It is
//   keyed by the bundle's size, mtime and inode and the runtime version, and written
//   again (atomically, after the command ran, so it holds the functions that ran)
//   whenever it is missing, stale or refused by V8. PMDESK_NO_CODE_CACHE=1 turns it off.
import fs from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const bundle = path.join(dist, 'cli.cjs');
const argv = process.argv;

if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
  process.stdout.write(`${JSON.parse(fs.readFileSync(path.join(dist, 'version.json'), 'utf8'))}\n`);
} else if (typeof module.enableCompileCache === 'function' && process.env.PMDESK_NO_CODE_CACHE !== '1') {
  module.enableCompileCache();
  module.createRequire(import.meta.url)(bundle);
} else {
  runCached();
}

function runCached() {
  const source = fs.readFileSync(bundle, 'utf8');
  const st = fs.statSync(bundle);
  const key = `pmdesk-code-cache ${process.version} ${process.arch} ${st.size} ${st.mtimeMs} ${st.ino}\n`;
  const use = process.env.PMDESK_NO_CODE_CACHE !== '1';
  const places = [path.join(dist, 'cli.cjs.cache'), path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pmdesk', 'cli.cjs.cache')];
  let cachedData;
  if (use)
    for (const p of places) {
      try {
        const buf = fs.readFileSync(p);
        const head = buf.subarray(0, key.length).toString('latin1');
        if (head === key) {
          cachedData = buf.subarray(key.length);
          break;
        }
      } catch {
        // no cache there
      }
    }
  // The wrapper stays on the bundle's first line: stack traces keep its line numbers.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __pmdesk_url) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  if (use && (!cachedData || script.cachedDataRejected))
    // On exit (every command ends in process.exit): the cache then holds the functions this command compiled.
    process.once('exit', () => {
      for (const p of places) {
        try {
          fs.mkdirSync(path.dirname(p), { recursive: true });
          const tmp = `${p}.${process.pid}.tmp`;
          fs.writeFileSync(tmp, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
          fs.renameSync(tmp, p);
          return;
        } catch {
          // read-only here: the next place
        }
      }
    });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, module.createRequire(bundle), mod, bundle, dist, pathToFileURL(bundle).href);
}
