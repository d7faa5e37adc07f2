// The patrol workflow's narrow entry for other workflows and the demo: the month's plan.
export { plan as planPatrols } from './usecases.js';
