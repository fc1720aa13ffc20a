import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { actorOf } from '../../platform/auth/request-actor.js'
import { createOrgUnitBody, importOrgUnitsBody, importResult, moveOrgUnitBody, unitParams, updateOrgUnitBody } from './orgunits.schemas.js'
import { orgUnitView } from './present-org-unit.js'
import { listOrgUnits } from './list-org-units.js'
import { createOrgUnit } from './create-org-unit.js'
import { updateOrgUnit } from './update-org-unit.js'
import { moveOrgUnit } from './move-org-unit.js'
import { closeOrgUnit, reopenOrgUnit } from './close-org-unit.js'
import { importOrgUnits } from './import-org-units.js'

const manage = { permission: 'orgunits:manage' as const }
const manageUnit = { access: { ...manage, unitFrom: 'params.unit' as const } }
const tags = ['org units']

export async function orgUnitRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db

  r.get('/api/v1/org-units', { config: { access: 'public' }, schema: { tags, response: { 200: z.array(orgUnitView) }, summary: 'The org-unit tree: published units, plus unpublished ones inside the caller\'s scope' } },
    (req) => listOrgUnits(db(), req.user))
  r.post('/api/v1/org-units', { config: { access: { ...manage, unitFrom: 'body.parent' } }, schema: { tags, body: createOrgUnitBody, response: { 201: orgUnitView }, summary: 'Create a unit under a parent (unpublished)' } },
    async (req, reply) => reply.status(201).send(await createOrgUnit(db(), actorOf(req), req.body)))
  r.patch('/api/v1/org-units/:unit', { config: manageUnit, schema: { tags, params: unitParams, body: updateOrgUnitBody, response: { 200: orgUnitView }, summary: 'Rename (names, abbreviations), change kind or ISO code' } },
    (req) => updateOrgUnit(db(), actorOf(req), req.params.unit, req.body))
  r.post('/api/v1/org-units/:unit/move', { config: manageUnit, schema: { tags, params: unitParams, body: moveOrgUnitBody, response: { 200: orgUnitView }, summary: 'Move under another parent (the whole subtree follows)' } },
    (req) => moveOrgUnit(db(), actorOf(req), req.params.unit, req.body.parent))
  r.post('/api/v1/org-units/:unit/close', { config: manageUnit, schema: { tags, params: unitParams, response: { 200: orgUnitView }, summary: 'Close a unit (never deleted; history stays)' } },
    (req) => closeOrgUnit(db(), actorOf(req), req.params.unit))
  r.post('/api/v1/org-units/:unit/reopen', { config: manageUnit, schema: { tags, params: unitParams, response: { 200: orgUnitView } } },
    (req) => reopenOrgUnit(db(), actorOf(req), req.params.unit))
  r.post('/api/v1/org-units/import', { config: { access: manage }, bodyLimit: 4 * 1024 * 1024, schema: { tags, body: importOrgUnitsBody, response: { 200: importResult }, summary: 'CSV import, all or nothing; problems are listed by line and column in Lao and English' } },
    (req) => importOrgUnits(db(), actorOf(req), req.body.csv, req.body.dryRun))
}
