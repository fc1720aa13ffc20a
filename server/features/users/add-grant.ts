import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { actorUserId, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import type { Role } from '../../platform/auth/policy.js'
import { resolveGrantUnits } from './resolve-grant-units.js'
import { presentUser } from './present-user.js'
import { asConflict } from './user-errors.js'
import { assertCanManageUser } from './user-subject.js'

export async function addGrant(db: Kysely<DB>, actor: Actor, userId: number, grant: { role: Role; unit: string | null }) {
  await assertCanManageUser(db, actor, userId)
  const [g] = await resolveGrantUnits(db, actor, [grant])
  return db.transaction().execute(async (trx) => {
    const user = await presentUser(trx, userId)
    const row = await trx.insertInto('role_grants').values({ user_id: userId, role: g.role, org_unit_id: g.unitId, created_by: actorUserId(actor) })
      .returning('id').executeTakeFirstOrThrow().catch(asConflict)
    const after = await presentUser(trx, userId)
    const added = after.grants.find((x) => x.id === row.id)
    await recordAudit(trx, { action: 'user.grant_add', entityType: 'user', entityId: userId, entityCode: user.username, before: { grants: user.grants }, after: { grant: added, grants: after.grants }, ...auditBy(actor) })
    return after
  })
}

