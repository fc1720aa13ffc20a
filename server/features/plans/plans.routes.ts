import { z } from 'zod'
import type { App } from '../../platform/http/create-app.js'
import { getOverview, overviewSchema } from './get-overview.js'
import { getPlan, getSourceLines, getTree, listPlans } from './read-plan.js'
import { getNode } from './get-node.js'
import { getTarget, listTargets } from './get-target.js'

const planParams = z.object({ code: z.string().min(1).max(60) })
const itemParams = planParams.extend({ item: z.string().min(1).max(80) })
const publicRead = { access: 'public' as const }

export async function planRoutes(app: App) {
  const r = app.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>()
  r.get('/api/v1/plans', { config: publicRead, schema: { tags: ['plans'], summary: 'Plans held by the system' } }, () => listPlans(app.deps.db))
  r.get('/api/v1/plans/:code', { config: publicRead, schema: { tags: ['plans'], params: planParams, summary: 'A plan: vision, goal, strategies, document' } }, (req) => getPlan(app.deps.db, req.params.code))
  r.get('/api/v1/plans/:code/overview', {
    config: publicRead,
    schema: { tags: ['plans'], params: planParams, response: { 200: overviewSchema }, summary: 'Counts by node kind, missing items, targets by kind, projects and amounts by focus plan and funding source (currencies apart), findings' },
  }, (req) => getOverview(app.deps.db, req.params.code))
  r.get('/api/v1/plans/:code/tree', { config: publicRead, schema: { tags: ['plans'], params: planParams, summary: 'Framework nodes in document order' } }, (req) => getTree(app.deps.db, req.params.code))
  r.get('/api/v1/plans/:code/nodes/:item', { config: publicRead, schema: { tags: ['plans'], params: itemParams, summary: 'A framework node with its children, targets and projects' } }, (req) => getNode(app.deps.db, req.params.code, req.params.item))
  r.get('/api/v1/plans/:code/targets', {
    config: publicRead, schema: { tags: ['plans'], params: planParams, querystring: z.object({ scope: z.enum(['overall', 'programme', 'orphan', 'other']).optional() }), summary: 'Targets (with their parts)' },
  }, (req) => listTargets(app.deps.db, req.params.code, req.query.scope))
  r.get('/api/v1/plans/:code/targets/:item', { config: publicRead, schema: { tags: ['plans'], params: itemParams, summary: 'A target with its parts, indicator and previous-plan counterpart' } }, (req) => getTarget(app.deps.db, req.params.code, req.params.item))
  r.get('/api/v1/plans/:code/source', {
    config: publicRead,
    schema: { tags: ['plans'], params: planParams, querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }).refine((q) => q.to >= q.from && q.to - q.from <= 400, 'to ≥ from, at most 400 lines'), summary: 'Lines of the plan document' },
  }, (req) => getSourceLines(app.deps.db, req.params.code, req.query.from, req.query.to))
}
