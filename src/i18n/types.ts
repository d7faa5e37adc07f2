// Every user-facing string, in both languages side by side, looked up by key.
// One bundle per area (core, registry, each workflow) so that modules stay
// short; the index merges them. A key without both languages does not compile.
import type { Lang } from '../core/io.js';
export type { Lang };
export type Bundle = Record<string, { en: string; zh: string }>;
