import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { dashboard, dashboardParams, dashboardQuery, drillDown, drillDownQuery } from './dashboard.schemas.js'
import { getDashboard } from './get-dashboard.js'
import { getDrillDown } from './get-drill-down.js'
import { progressThresholdsFromEnv } from '../analytics/progress/progress-thresholds.js'
import { readDashboard } from './dashboard-access.js'
import { dashboardFirstPaint } from './first-paint/dashboard-first-paint.js'

const tags = ['dashboard']
const read = { access: readDashboard }

export async function dashboardRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const thresholds = progressThresholdsFromEnv()
  app.pageRenderers.push(dashboardFirstPaint(app, thresholds))
  r.get('/api/v1/plans/:code/dashboard', {
    config: read,
    schema: {
      tags, params: dashboardParams, querystring: dashboardQuery, response: { 200: dashboard },
      summary: 'The minister\'s dashboard: targets with progress and status, roll-ups, indicator trends, the province map, budget execution, completeness and freshness (approved data in the caller\'s scope)',
    },
  }, (req) => getDashboard(app.deps.db, req.user!, req.params.code, req.query, { thresholds }))
  r.get('/api/v1/plans/:code/dashboard/values', {
    config: read,
    schema: { tags, params: dashboardParams, querystring: drillDownQuery, response: { 200: drillDown }, summary: 'The approved values behind a dashboard number (drill-down)' },
  }, (req) => getDrillDown(app.deps.db, req.user!, req.params.code, req.query))
}
