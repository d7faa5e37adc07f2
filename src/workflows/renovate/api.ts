// The renovation workflow's narrow entry: who the contractor of a unit's open site is.
export { contractorFor } from './usecases.js';
