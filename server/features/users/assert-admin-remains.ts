import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { lastAdmin } from './user-errors.js'

/** Run after a change inside its transaction: someone must still be able to manage everything. */
export async function assertAdminRemains(trx: Kysely<DB>): Promise<void> {
  const r = await trx.selectFrom('role_grants as g').innerJoin('users as u', 'u.id', 'g.user_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('g.role', '=', 'system_admin').where('g.org_unit_id', 'is', null).where('u.disabled_at', 'is', null)
    .executeTakeFirstOrThrow()
  if (Number(r.n) === 0) throw lastAdmin()
}
