import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain.js'
import { auditPage, listAuditQuery, verifyView } from './audit.schemas.js'
import { listAudit } from './list-audit.js'

// Entries span every unit and the users themselves, so reading them takes a system-wide grant.
const read = { access: { permission: 'audit:read' as const, unitFrom: 'system' as const } }
const tags = ['audit']

export async function auditRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  r.get('/api/v1/audit', { config: read, schema: { tags, querystring: listAuditQuery, response: { 200: auditPage }, summary: 'The audit log, filtered and paginated' } },
    (req) => listAudit(app.deps.db, req.query))
  r.get('/api/v1/audit/verify', { config: read, schema: { tags, response: { 200: verifyView }, summary: 'Recompute the hash chain: is any entry changed or missing?' } },
    async () => {
      const v = await verifyAuditChain(app.deps.db)
      return { ok: v.ok, entries: v.entries, broken: v.ok ? null : v.broken }
    })
}
