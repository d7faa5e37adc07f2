// The complaint workflow's narrow entry for other workflows: a visit log entry
// opens a complaint, a follow-up's result reopens one, and the
// one-month escalation runs before a due list is read.
export { createComplaint, escalate, kind, onFollowup } from './usecases.js';
export { CHANNELS, followupBy } from './rules.js';
