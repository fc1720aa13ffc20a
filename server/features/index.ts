import type { App } from '../platform/http/create-app.js'
import { healthRoutes } from './health/health.routes.js'
import { planRoutes } from './plans/plans.routes.js'
import { referenceRoutes } from './reference.routes.js'

export async function registerFeatures(app: App): Promise<void> {
  await healthRoutes(app)
  await planRoutes(app)
  await referenceRoutes(app)
}
