// The repair workflow's narrow entry for other workflows: a checkin defect or a
// visit log entry opens a repair; a follow-up's result reopens
// or lets it close.
export { createRepair, kind, onFollowup } from './usecases.js';
