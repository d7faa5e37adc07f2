// The roster's narrow entry for the other workflows and the demo.
export { STAFF_ROLES, type StaffRole } from './rules.js';
export { insertStaff, listStaff as rosterOf } from './store.js';
export { rosterChoices } from './usecases.js';
