import { z } from 'zod'

export const listAuditQuery = z.strictObject({
  actor: z.string().max(200).optional().describe('username'),
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  entityCode: z.string().max(200).optional(),
  action: z.string().max(80).optional().describe('exact action, or a prefix ending in "." (e.g. "user.")'),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe('exclusive; a date means up to the end of that day'),
  order: z.enum(['desc', 'asc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})
export type ListAuditQuery = z.infer<typeof listAuditQuery>

export const auditEntryView = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.object({ userId: z.number().nullable(), username: z.string().nullable() }),
  action: z.string(),
  entity: z.object({ type: z.string(), id: z.string().nullable(), code: z.string().nullable() }),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  hash: z.string(),
  prevHash: z.string(),
})
export const auditPage = z.object({ items: z.array(auditEntryView), total: z.number(), page: z.number(), pageSize: z.number() })
export const verifyView = z.object({
  ok: z.boolean(),
  entries: z.number(),
  broken: z.object({ seq: z.number(), id: z.number().nullable(), problem: z.string(), detail: z.string() }).nullable(),
})
