import type { Bundle } from './types.js';

// Messages of `pmdesk repair`.
export default {} satisfies Bundle;
