import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { actorOf } from '../../platform/auth/request-actor.js'
import { createDataSetBody, createDataElementBody, membersBody, updateDataElementBody, updateDataSetBody } from './data-set.schemas.js'
import { createDataSet, setDataSetMembers, updateDataSet } from './manage-data-sets.js'
import { createDataElement, updateDataElement } from './manage-data-elements.js'

const tags = ['reporting forms']
// Forms are the plan's reporting rules for every unit, so only planners and administrators with a system-wide grant set them.
const manage = { access: { permission: 'datasets:manage' as const, unitFrom: 'system' as const } }
const plan = z.strictObject({ code: z.string().min(1).max(60) })
const dataSet = plan.extend({ dataSet: z.string().min(1).max(80) })
const element = plan.extend({ element: z.string().min(1).max(80) })

export async function dataSetRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db
  r.post('/api/v1/plans/:code/data-sets', { config: manage, schema: { tags, params: plan, body: createDataSetBody, summary: 'Create a reporting form (frequency, deadline rule, review path, items)' } },
    async (req, reply) => reply.status(201).send(await createDataSet(db(), actorOf(req), req.params.code, req.body)))
  r.patch('/api/v1/plans/:code/data-sets/:dataSet', { config: manage, schema: { tags, params: dataSet, body: updateDataSetBody, summary: 'Rename a form or change its deadline rule, review path or (before any report) frequency' } },
    (req) => updateDataSet(db(), actorOf(req), req.params.code, req.params.dataSet, req.body))
  r.put('/api/v1/plans/:code/data-sets/:dataSet/members', { config: manage, schema: { tags, params: dataSet, body: membersBody, summary: 'Replace the items a form holds (data elements, milestone targets, projects)' } },
    (req) => setDataSetMembers(db(), actorOf(req), req.params.code, req.params.dataSet, req.body.members))
  r.post('/api/v1/plans/:code/data-elements', { config: manage, schema: { tags, params: plan, body: createDataElementBody, summary: 'Create a data element (optionally disaggregated, e.g. by sex)' } },
    async (req, reply) => reply.status(201).send(await createDataElement(db(), actorOf(req), req.params.code, req.body)))
  r.patch('/api/v1/plans/:code/data-elements/:element', { config: manage, schema: { tags, params: element, body: updateDataElementBody, summary: 'Change a data element\'s names, unit, aggregation, range or decimals' } },
    (req) => updateDataElement(db(), actorOf(req), req.params.code, req.params.element, req.body))
}
