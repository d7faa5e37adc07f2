// The visit workflow's narrow entry for other workflows: its record descriptor, so that
// `followup due` can say what a visit log's follow-up is about and whom to call (issue 18).
export { kind } from './usecases.js';
