// The keys workflow's narrow entry: the developer's keys go back at checkin
// and the hooks in the cabinet for a prompt's picker.
export { hooksIn, releaseDeveloperKeys } from './usecases.js';
export { contractorLoansOut } from './store.js';
