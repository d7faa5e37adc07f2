// The survey workflow's narrow entry: how many surveys this year (R-1200), for `doctor` and `report due`.
export { surveysThisYear } from './usecases.js';
