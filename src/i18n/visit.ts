import type { Bundle } from './types.js';

// Messages of `pmdesk visit`.
export default {} satisfies Bundle;
