// The roster's narrow entry for the other workflows and the demo.
export { STAFF_ROLES, STAFF_ROLE_LABEL_ZH, type StaffRole } from './rules.js';
export { activeByName as rosterMember, insertStaff, listStaff as rosterOf } from './store.js';
export { rosterChoices } from './usecases.js';
