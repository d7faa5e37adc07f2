import type { Bundle } from './types.js';

// Messages of `pmdesk checkin`.
export default {} satisfies Bundle;
