import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { scopeOf } from '../../platform/auth/policy.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'
import type { AuthUser } from '../../platform/auth/load-principal.js'
import { ENTITY_TYPES, findEntity, type EntityType } from './entities.js'
import { presentAssignments, selectAssignments } from './present-assignments.js'

type Filters = { type?: string; plan?: string; code?: string; unit?: string; page: number; pageSize: number }

/**
 * Who answers for what — unpublished, so only assignments of units inside the caller's `unit-data:read` scope.
 * Filter by an item (type + code [+ plan]) or by a unit's subtree.
 */
export async function listResponsibilities(db: Kysely<DB>, user: AuthUser, f: Filters) {
  let q = selectAssignments(db).where(pathInScope('u.path', scopeOf(user, 'unit-data:read')))
  const empty = { items: [], total: 0, page: f.page, pageSize: f.pageSize }
  if (f.type) q = q.where('r.entity_type', '=', ENTITY_TYPES[f.type as EntityType])
  if (f.type && f.code) {
    const item = await findEntity(db, f.type as EntityType, f.plan, f.code)
    if (!item) return empty
    q = q.where('r.entity_id', '=', item.id)
  }
  if (f.unit) {
    const unit = await db.selectFrom('org_units').select('path').where('code', '=', f.unit).executeTakeFirst()
    if (!unit) return empty
    q = q.where(pathInScope('u.path', { all: false, paths: [unit.path] }))
  }
  const total = await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  const rows = await q.orderBy('u.path').orderBy('r.entity_type').orderBy('r.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute()
  return { items: await presentAssignments(db, rows), total: Number(total.n), page: f.page, pageSize: f.pageSize }
}
