import type { Bundle } from './types.js';

// Messages of `pmdesk complaint`.
export default {} satisfies Bundle;
