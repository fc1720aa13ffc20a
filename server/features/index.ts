import type { App } from '../platform/http/create-app.js'
import { healthRoutes } from './health/health.routes.js'
import { planRoutes } from './plans/plans.routes.js'
import { referenceRoutes } from './reference.routes.js'
import { authRoutes } from './auth/index.js'
import { userRoutes } from './users/index.js'
import { orgUnitRoutes } from './orgunits/index.js'
import { responsibilityRoutes } from './responsibilities/index.js'
import { auditRoutes } from './audit/index.js'
import { dashboardRoutes } from './dashboard/dashboard.routes.js'
import { reportingRoutes } from './reporting/reporting.routes.js'
import { notificationRoutes } from './notifications/notifications.routes.js'
import { valuesIoRoutes } from './values-io/values-io.routes.js'

export async function registerFeatures(app: App): Promise<void> {
  await healthRoutes(app)
  await planRoutes(app)
  await referenceRoutes(app)
  await authRoutes(app)
  await userRoutes(app)
  await orgUnitRoutes(app)
  await responsibilityRoutes(app)
  await auditRoutes(app)
  await dashboardRoutes(app)
  await reportingRoutes(app)
  await notificationRoutes(app)
  await valuesIoRoutes(app)
}
