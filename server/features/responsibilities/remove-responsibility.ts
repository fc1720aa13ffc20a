import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Subject } from '../../platform/auth/policy.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { assertActorCan, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { AppError } from '../../platform/http/errors.js'
import { presentAssignments, selectAssignments } from './present-assignments.js'

const notFound = () => new AppError(404, 'not_found', 'The assignment was not found', 'ບໍ່ພົບການມອບໝາຍນີ້')

/** `unitFrom` for /responsibilities/:assignmentId: the unit of the stored assignment, whatever the client says. */
export async function assignmentSubject(req: FastifyRequest, db: Kysely<DB>): Promise<Subject | undefined> {
  const id = Number((req.params as { assignmentId?: unknown }).assignmentId)
  if (!Number.isInteger(id) || id <= 0 || id > 2 ** 31 - 1) return undefined
  const row = await selectAssignments(db).where('r.id', '=', id).executeTakeFirst()
  return row ? { unitPath: row.unit_path } : undefined
}

export async function removeResponsibility(db: Kysely<DB>, actor: Actor, id: number): Promise<{ removed: number }> {
  return db.transaction().execute(async (trx) => {
    const row = await selectAssignments(trx).where('r.id', '=', id).executeTakeFirst()
    if (!row) throw notFound()
    assertActorCan(actor, 'responsibilities:assign', { unitPath: row.unit_path })
    const [before] = await presentAssignments(trx, [row])
    await trx.deleteFrom('responsibilities').where('id', '=', id).execute()
    await recordAudit(trx, {
      action: 'responsibility.remove', entityType: 'responsibility', entityId: id,
      entityCode: before ? `${before.unit.code}:${before.item.type}:${before.item.code}` : null, before: before ?? row, ...auditBy(actor),
    })
    return { removed: id }
  })
}
