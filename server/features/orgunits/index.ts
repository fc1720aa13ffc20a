export { orgUnitRoutes } from './orgunits.routes.js'
export { findOrgUnit } from './find-org-unit.js'
export { orgUnitView, presentOrgUnit, selectOrgUnits } from './present-org-unit.js'
