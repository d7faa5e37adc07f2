// The registry's narrow entry for the workflows: units and residents looked up,
// checked and (at checkin and renovation) moved to a new status.
export { listUnits, requireUnit, resolveResident, unitResidents, type Progress } from './usecases.js';
export { role as roleName } from './views.js';
export { getUnitById, iterateUnits, setUnitStatus } from './store-units.js';
export { iterateResidentLinks, residentsOfUnit } from './store-residents.js';
export { applyLifeEvent, eventTime } from './usecases-life.js';
export { keySetsOfUnit } from './store-units.js';
export { endLink, findByDocument, insertResident, linkOf, linkUnit, getResident } from './store-residents.js';
