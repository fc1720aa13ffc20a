import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { scopeOf } from '../../platform/auth/policy.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'
import type { Actor } from '../../platform/auth/request-actor.js'
import { escapeLike } from '../../../common/escape-like.js'
import type { ListUsersQuery } from './users.schemas.js'
import { presentUsers } from './present-user.js'

// Sort keys reach SQL only through this map, never as the client sent them.
const SORT_COLUMNS = { username: 'username', displayName: 'display_name', createdAt: 'created_at', lastSignInAt: 'last_sign_in_at' } as const

/** Users the actor may manage: a scoped administrator sees only users whose every grant lies in their subtrees. */
export async function listUsers(db: Kysely<DB>, actor: Actor, q: ListUsersQuery) {
  const scope = actor.kind === 'system' ? { all: true as const } : scopeOf(actor.user, 'users:manage')
  let query = db.selectFrom('users')
  if (!scope.all) {
    query = query.where(({ not, exists, selectFrom }) => not(exists(
      selectFrom('role_grants as g').leftJoin('org_units as u', 'u.id', 'g.org_unit_id').select('g.id')
        .whereRef('g.user_id', '=', 'users.id')
        .where(sql<boolean>`not (g.org_unit_id is not null and ${pathInScope('u.path', scope)})`),
    )))
  }
  if (q.q) {
    const like = `%${escapeLike(q.q.toLowerCase())}%`
    query = query.where((eb) => eb.or([eb('username', 'like', like), eb(sql`lower(display_name)`, 'like', like), eb('email', 'like', like)]))
  }
  if (q.role || q.unit) {
    query = query.where(({ exists, selectFrom }) => {
      let sub = selectFrom('role_grants as g').leftJoin('org_units as u', 'u.id', 'g.org_unit_id').select('g.id').whereRef('g.user_id', '=', 'users.id')
      if (q.role) sub = sub.where('g.role', '=', q.role)
      if (q.unit) sub = sub.where('u.code', '=', q.unit)
      return exists(sub)
    })
  }
  if (q.disabled) query = query.where('disabled_at', q.disabled === 'true' ? 'is not' : 'is', null)
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  const rows = await query.select('id')
    .orderBy(SORT_COLUMNS[q.sort], (ob) => (q.order === 'desc' ? ob.desc() : ob.asc()).nullsLast())
    .orderBy('id')
    .limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute()
  return { items: await presentUsers(db, rows.map((r) => r.id)), total: Number(total.n), page: q.page, pageSize: q.pageSize }
}
