// The survey workflow's narrow entry: how many surveys this year (R-1200), for `doctor` and `report due`;
// its descriptor, for what a survey's follow-up is about (`followup due`, issue 18).
export { kind, surveysThisYear } from './usecases.js';
