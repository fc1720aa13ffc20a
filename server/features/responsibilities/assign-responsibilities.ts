import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { actorCan, actorUserId, assertActorCan, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { forbidden } from '../../platform/auth/policy.js'
import { AppError } from '../../platform/http/errors.js'
import { ENTITY_TYPES, findEntity, type EntityType } from './entities.js'
import type { AssignmentInput } from './responsibilities.schemas.js'
import { presentAssignments, selectAssignments } from './present-assignments.js'

type Issue = { index: number; field: string; code: string; message: string; message_lo: string }
type Resolved = { input: AssignmentInput; unitId: number; entityId: number }

/** Every row is checked first (unit exists, is open and in the actor's scope; the item exists); then all or nothing. */
async function resolveAll(db: Kysely<DB>, actor: Actor, rows: AssignmentInput[]): Promise<{ resolved: Resolved[]; issues: Issue[]; outOfScope: boolean }> {
  const issues: Issue[] = []
  const resolved: Resolved[] = []
  let outOfScope = false
  for (const [index, a] of rows.entries()) {
    const unit = await db.selectFrom('org_units').select(['id', 'path', 'closed_at']).where('code', '=', a.unit).executeTakeFirst()
    if (!unit) {
      issues.push({ index, field: 'unit', code: 'unknown_org_unit', message: `There is no org unit "${a.unit}"`, message_lo: `ບໍ່ມີຫົວໜ່ວຍ "${a.unit}"` })
      continue
    }
    if (!actorCan(actor, 'responsibilities:assign', { unitPath: unit.path })) {
      outOfScope = true
      issues.push({ index, field: 'unit', code: 'forbidden', message: `You may not assign work to "${a.unit}"`, message_lo: `ທ່ານບໍ່ມີສິດມອບໝາຍວຽກໃຫ້ "${a.unit}"` })
      continue
    }
    if (unit.closed_at) {
      issues.push({ index, field: 'unit', code: 'org_unit_closed', message: `The org unit "${a.unit}" is closed`, message_lo: `ຫົວໜ່ວຍ "${a.unit}" ຖືກປິດແລ້ວ` })
      continue
    }
    const item = await findEntity(db, a.type as EntityType, a.plan, a.code)
    if (!item) {
      issues.push({ index, field: 'code', code: 'unknown_item', message: `No ${a.type} "${a.code}"${a.plan ? ` in plan ${a.plan}` : ''} (or the code is ambiguous without a plan)`, message_lo: `ບໍ່ພົບ ${a.type} "${a.code}"${a.plan ? ` ໃນແຜນ ${a.plan}` : ''}` })
      continue
    }
    resolved.push({ input: a, unitId: unit.id, entityId: item.id })
  }
  return { resolved, issues, outOfScope }
}

/**
 * Makes org units responsible for plan items, one or many at once. Re-assigning an existing pair only changes its
 * role. Each new or changed assignment is one audit entry, in the same transaction.
 */
export async function assignResponsibilities(db: Kysely<DB>, actor: Actor, rows: AssignmentInput[]) {
  assertActorCan(actor, 'responsibilities:assign', 'anywhere')
  const { resolved, issues, outOfScope } = await resolveAll(db, actor, rows)
  if (outOfScope) throw new AppError(403, 'forbidden', forbidden().messageEn, forbidden().messageLo, issues.filter((i) => i.code === 'forbidden'))
  if (issues.length) throw new AppError(400, 'assignments_invalid', `${issues.length} ${issues.length === 1 ? 'assignment is' : 'assignments are'} not valid; nothing was saved`, `ມີ ${issues.length} ລາຍການບໍ່ຖືກຕ້ອງ; ບໍ່ມີຫຍັງຖືກບັນທຶກ`, issues)
  return db.transaction().execute(async (trx) => {
    const ids: number[] = []
    let unchanged = 0
    for (const r of resolved) {
      const entityType = ENTITY_TYPES[r.input.type as EntityType]
      const existing = await trx.selectFrom('responsibilities').select(['id', 'role']).where('entity_type', '=', entityType).where('entity_id', '=', r.entityId).where('org_unit_id', '=', r.unitId).executeTakeFirst()
      if (existing?.role === r.input.role) {
        unchanged++
        continue
      }
      const row = await trx.insertInto('responsibilities')
        .values({ org_unit_id: r.unitId, entity_type: entityType, entity_id: r.entityId, role: r.input.role, created_by: actorUserId(actor) })
        .onConflict((oc) => oc.columns(['entity_type', 'entity_id', 'org_unit_id']).doUpdateSet({ role: sql`excluded.role` }))
        .returning('id').executeTakeFirstOrThrow()
      const [view] = await presentAssignments(trx, [await selectAssignments(trx).where('r.id', '=', row.id).executeTakeFirstOrThrow()])
      await recordAudit(trx, {
        action: 'responsibility.assign', entityType: 'responsibility', entityId: row.id, entityCode: `${r.input.unit}:${r.input.type}:${r.input.code}`,
        before: existing ? { role: existing.role } : null, after: view, ...auditBy(actor),
      })
      ids.push(row.id)
    }
    const assigned = ids.length ? await presentAssignments(trx, await selectAssignments(trx).where('r.id', 'in', ids).orderBy('r.id').execute()) : []
    return { assigned, unchanged }
  })
}
