// Where the package's own files are (data/, templates/), from src/ or dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'data'))) return (root = dir);
    const up = path.dirname(dir);
    if (up === dir) throw new Error('pmdesk package root not found');
    dir = up;
  }
}

export function dataFile(name: string): string {
  return path.join(packageRoot(), 'data', name);
}
