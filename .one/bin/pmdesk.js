#!/usr/bin/env node
// Launcher: nothing but the import of the built CLI (run `npm run build` first).
import '../dist/cli.js';
