// Leases' narrow entry: `unit lease` and `unit lease-end` (the registry's commands) file and end them.
export { fileLease, endLease } from './usecases.js';
export { filedView, endedView } from './views.js';
