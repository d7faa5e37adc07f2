// Global setup (issue 23): the fixture estate that test/cli/helpers.ts estate() copies, built once
// per `vitest run` by the real binary. If the binary is not built, nothing is provided and the
// first estate() in a file builds it itself (and fails there with the binary's own error).
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildEstate } from '../cli/helpers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    estateTemplate: string;
  }
}

export default function setup(project: TestProject) {
  let dir: string | undefined;
  try {
    dir = buildEstate();
    project.provide('estateTemplate', dir);
  } catch {
    // left to estate()
  }
  return () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
