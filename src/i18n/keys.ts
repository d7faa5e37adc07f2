import type { Bundle } from './types.js';

// Messages of `pmdesk keys`.
export default {} satisfies Bundle;
