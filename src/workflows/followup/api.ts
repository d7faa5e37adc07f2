// The follow-up workflow's narrow entry for other workflows: schedule a
// follow-up of a source record, and the rules every source shares.
export { scheduleFollowup } from './plan.js';
export { reopens, sampled } from './rules.js';
export { planProgressOf, type PlanProgress } from './quarter.js';
