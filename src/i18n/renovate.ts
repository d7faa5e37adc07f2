import type { Bundle } from './types.js';

// Messages of `pmdesk renovate`.
export default {} satisfies Bundle;
