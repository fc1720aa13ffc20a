import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { escapeLike } from '../../../common/escape-like.js'
import type { ListAuditQuery } from './audit.schemas.js'

function endOf(to: string): Date {
  // A bare date means the whole of that day (UTC).
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) : new Date(to)
}

/** The audit log, newest first by default, filtered by who, what, which record and when. */
export async function listAudit(db: Kysely<DB>, f: ListAuditQuery) {
  let q = db.selectFrom('audit_log')
  if (f.actor) q = q.where('actor_username', '=', f.actor.toLowerCase())
  if (f.entityType) q = q.where('entity_type', '=', f.entityType)
  if (f.entityId) q = q.where('entity_id', '=', f.entityId)
  if (f.entityCode) q = q.where('entity_code', '=', f.entityCode)
  if (f.action) q = f.action.endsWith('.') ? q.where('action', 'like', `${escapeLike(f.action)}%`) : q.where('action', '=', f.action)
  if (f.from) q = q.where('at', '>=', new Date(f.from))
  if (f.to) q = q.where('at', '<', endOf(f.to))
  const total = await q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  const rows = await q.selectAll().orderBy('seq', f.order).limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute()
  return {
    items: rows.map((r) => ({
      seq: Number(r.seq), at: r.at.toISOString(), actor: { userId: r.actor_user_id, username: r.actor_username }, action: r.action,
      entity: { type: r.entity_type, id: r.entity_id, code: r.entity_code }, before: r.before ?? null, after: r.after ?? null,
      ip: r.ip, userAgent: r.user_agent, hash: r.hash, prevHash: r.prev_hash,
    })),
    total: Number(total.n), page: f.page, pageSize: f.pageSize,
  }
}
