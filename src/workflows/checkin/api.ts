// The checkin workflow's narrow entry: another open checkin of a unit (keys, R-203).
export { otherCheckin } from './store.js';
