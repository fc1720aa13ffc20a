import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { AuthUser } from '../../platform/auth/load-principal.js'
import { scopeOf } from '../../platform/auth/policy.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'
import { presentOrgUnit } from './present-org-unit.js'

/**
 * The org-unit tree in path order. Everyone sees the published units (those from the plan document); a signed-in
 * user also sees the unpublished ones inside the subtrees they may read or manage.
 */
export async function listOrgUnits(db: Kysely<DB>, user: AuthUser | null = null) {
  let q = db.selectFrom('org_units as u').leftJoin('org_units as p', 'p.id', 'u.parent_id')
    .select(['u.code', 'u.kind', 'u.name_lo', 'u.name_en', 'u.abbr_lo', 'u.abbr_en', 'u.iso_code', 'u.is_reference', 'u.src', 'u.path', 'u.closed_at', 'u.published', 'p.code as parent_code'])
  const read = scopeOf(user, 'unit-data:read')
  const manage = scopeOf(user, 'orgunits:manage')
  q = q.where((eb) => eb.or([eb('u.published', '=', true), pathInScope('u.path', read), pathInScope('u.path', manage)]))
  const rows = await q.orderBy('u.path').execute()
  return rows.map(presentOrgUnit)
}
