import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { assertActorCan, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { findOrgUnit } from './find-org-unit.js'
import { moveIntoItself, parentClosed, unitClosed, unknownParent } from './org-unit-errors.js'
import { presentOrgUnitByCode, type OrgUnitView } from './present-org-unit.js'
import { lockOrgTree } from './lock-org-tree.js'
import { refreshAnalyticsAfterMove } from '../analytics/refresh-after-move.js'

/**
 * Re-parents a unit and rewrites the materialised path of its whole subtree in one statement. The actor must manage
 * the unit where it is and where it goes. Call with the tree lock held.
 */
export async function moveOrgUnitIn(trx: Transaction<DB>, actor: Actor, code: string, parentCode: string | null): Promise<{ unit: OrgUnitView; moved: number }> {
  const unit = await findOrgUnit(trx, code)
  assertActorCan(actor, 'orgunits:manage', { unitPath: unit.path })
  const parent = parentCode === null ? null : await trx.selectFrom('org_units').select(['id', 'path', 'closed_at']).where('code', '=', parentCode).executeTakeFirst()
  if (parentCode !== null && !parent) throw unknownParent(parentCode)
  assertActorCan(actor, 'orgunits:manage', parent ? { unitPath: parent.path } : 'system')
  if (unit.closed_at) throw unitClosed(code)
  if (parent?.closed_at) throw parentClosed(parentCode!)
  if (parent && (parent.path === unit.path || parent.path.startsWith(`${unit.path}/`))) throw moveIntoItself(code)
  const before = await presentOrgUnitByCode(trx, code)
  if ((parent?.id ?? null) === unit.parent_id) return { unit: before, moved: 0 }
  const newPath = `${parent?.path ?? ''}/${unit.id}`
  await trx.updateTable('org_units').set({ parent_id: parent?.id ?? null, updated_at: new Date() }).where('id', '=', unit.id).execute()
  const r = await trx.updateTable('org_units')
    .set({ path: sql`${newPath}::text || substr(path, ${unit.path.length + 1})` })
    .where((eb) => eb.or([eb('path', '=', unit.path), eb('path', 'like', `${unit.path}/%`)]))
    .executeTakeFirst()
  await refreshAnalyticsAfterMove(trx, unit.path, newPath)
  const after = await presentOrgUnitByCode(trx, code)
  const moved = Number(r.numUpdatedRows)
  await recordAudit(trx, {
    action: 'org_unit.move', entityType: 'org_unit', entityId: unit.id, entityCode: code,
    before: { ...before, path: unit.path }, after: { ...after, path: newPath, subtreeSize: moved }, ...auditBy(actor),
  })
  return { unit: after, moved }
}

export function moveOrgUnit(db: Kysely<DB>, actor: Actor, code: string, parentCode: string | null): Promise<OrgUnitView> {
  return db.transaction().execute(async (trx) => {
    await lockOrgTree(trx)
    return (await moveOrgUnitIn(trx, actor, code, parentCode)).unit
  })
}
