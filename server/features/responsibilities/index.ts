export { responsibilityRoutes } from './responsibilities.routes.js'
