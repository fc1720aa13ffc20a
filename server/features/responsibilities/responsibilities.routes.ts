import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { actorOf } from '../../platform/auth/request-actor.js'
import { assignBody, assignmentPage, assignmentParams, assignResult, listAssignmentsQuery, unitPage } from './responsibilities.schemas.js'
import { assignResponsibilities } from './assign-responsibilities.js'
import { assignmentSubject, removeResponsibility } from './remove-responsibility.js'
import { listResponsibilities } from './list-responsibilities.js'
import { getUnitPage } from './get-unit-page.js'

const tags = ['responsibilities']
const assign = { permission: 'responsibilities:assign' as const }

export async function responsibilityRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db

  r.get('/api/v1/org-units/:unit', {
    config: { access: { permission: 'unit-data:read', unitFrom: 'params.unit' } },
    schema: { tags, params: z.strictObject({ unit: z.string().min(1).max(60) }), response: { 200: unitPage }, summary: 'A unit\'s page: the unit, its sub-units and everything it answers for (unpublished)' },
  }, (req) => getUnitPage(db(), req.params.unit))
  r.get('/api/v1/responsibilities', {
    config: { access: { permission: 'unit-data:read' } },
    schema: { tags, querystring: listAssignmentsQuery, response: { 200: assignmentPage }, summary: 'Who answers for what, within the caller\'s scope' },
  }, (req) => listResponsibilities(db(), req.user!, req.query))
  r.post('/api/v1/responsibilities', {
    config: { access: assign },
    schema: { tags, body: assignBody, response: { 200: assignResult }, summary: 'Assign items to responsible units, one or many (all or nothing)' },
  }, (req) => assignResponsibilities(db(), actorOf(req), req.body.assignments))
  r.delete('/api/v1/responsibilities/:assignmentId', {
    config: { access: { ...assign, unitFrom: assignmentSubject } },
    schema: { tags, params: assignmentParams, response: { 200: z.object({ removed: z.number() }) } },
  }, (req) => removeResponsibility(db(), actorOf(req), req.params.assignmentId))
}
