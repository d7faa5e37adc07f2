import type { Bundle } from './types.js';

// Messages of `pmdesk followup`.
export default {} satisfies Bundle;
