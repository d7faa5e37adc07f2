// The meeting workflow's narrow entry: the 楼长会 held in a span of days, for the reports.
export { meetingsBetween } from './store.js';
