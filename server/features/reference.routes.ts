import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../platform/http/create-app.js'
import { getIndicator, listIndicators } from './indicators/read-indicators.js'
import { listProjects, projectFilters } from './projects/list-projects.js'
import { listLegislation } from './legislation/list-legislation.js'
import { getTable, listTables } from './statistics/read-statistics.js'
import { listFindings } from './findings/list-findings.js'
import { searchEverything, searchQuery } from './search/search-everything.js'

const planParams = z.object({ code: z.string().min(1).max(60) })
const itemParams = planParams.extend({ item: z.string().min(1).max(80) })
const publicRead = { access: 'public' as const }

export async function referenceRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db
  r.get('/api/v1/plans/:code/indicators', { config: publicRead, schema: { tags: ['indicators'], params: planParams } }, (req) => listIndicators(db(), req.params.code))
  r.get('/api/v1/plans/:code/indicators/:item', { config: publicRead, schema: { tags: ['indicators'], params: itemParams, summary: 'An indicator with its history and target' } }, (req) => getIndicator(db(), req.params.code, req.params.item))
  r.get('/api/v1/plans/:code/projects', { config: publicRead, schema: { tags: ['projects'], params: planParams, querystring: projectFilters, summary: 'Projects with totals by focus plan, funding source and year' } }, (req) => listProjects(db(), req.params.code, req.query))
  r.get('/api/v1/plans/:code/legislation', { config: publicRead, schema: { tags: ['legislation'], params: planParams, querystring: z.object({ type: z.string().max(30).optional() }) } }, (req) => listLegislation(db(), req.params.code, req.query.type))
  r.get('/api/v1/plans/:code/statistics', { config: publicRead, schema: { tags: ['statistics'], params: planParams, querystring: z.object({ category: z.enum(['statistics', 'budget']).optional() }) } }, (req) => listTables(db(), req.params.code, req.query.category))
  r.get('/api/v1/plans/:code/statistics/:item', { config: publicRead, schema: { tags: ['statistics'], params: itemParams } }, (req) => getTable(db(), req.params.code, req.params.item))
  r.get('/api/v1/plans/:code/findings', { config: publicRead, schema: { tags: ['findings'], params: planParams, summary: 'Data-quality findings about the plan document' } }, (req) => listFindings(db(), req.params.code))
  r.get('/api/v1/search', { config: publicRead, schema: { tags: ['search'], querystring: searchQuery, summary: 'Search everything, Lao or English' } }, (req) => searchEverything(db(), req.query))
}
