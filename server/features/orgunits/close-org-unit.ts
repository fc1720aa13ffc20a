import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { assertActorCan, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { findOrgUnit } from './find-org-unit.js'
import { hasOpenChildren, notClosed, parentClosed, unitClosed } from './org-unit-errors.js'
import { presentOrgUnitByCode, type OrgUnitView } from './present-org-unit.js'
import { lockOrgTree } from './lock-org-tree.js'

/**
 * Units are closed, never deleted: their history, reports and grants stay. A unit with open sub-units cannot close,
 * so no open unit ever hangs under a closed one.
 */
export function closeOrgUnit(db: Kysely<DB>, actor: Actor, code: string): Promise<OrgUnitView> {
  return db.transaction().execute(async (trx) => {
    await lockOrgTree(trx)
    const unit = await findOrgUnit(trx, code)
    assertActorCan(actor, 'orgunits:manage', { unitPath: unit.path })
    if (unit.closed_at) throw unitClosed(code)
    const open = await trx.selectFrom('org_units').select('code').where('parent_id', '=', unit.id).where('closed_at', 'is', null).orderBy('code').execute()
    if (open.length) throw hasOpenChildren(code, open.map((c) => c.code))
    const before = await presentOrgUnitByCode(trx, code)
    await trx.updateTable('org_units').set({ closed_at: new Date(), updated_at: new Date() }).where('id', '=', unit.id).execute()
    const after = await presentOrgUnitByCode(trx, code)
    await recordAudit(trx, { action: 'org_unit.close', entityType: 'org_unit', entityId: unit.id, entityCode: code, before, after, ...auditBy(actor) })
    return after
  })
}

export function reopenOrgUnit(db: Kysely<DB>, actor: Actor, code: string): Promise<OrgUnitView> {
  return db.transaction().execute(async (trx) => {
    await lockOrgTree(trx)
    const unit = await findOrgUnit(trx, code)
    assertActorCan(actor, 'orgunits:manage', { unitPath: unit.path })
    if (!unit.closed_at) throw notClosed(code)
    if (unit.parent_id !== null) {
      const parent = await trx.selectFrom('org_units').select(['code', 'closed_at']).where('id', '=', unit.parent_id).executeTakeFirstOrThrow()
      if (parent.closed_at) throw parentClosed(parent.code)
    }
    const before = await presentOrgUnitByCode(trx, code)
    await trx.updateTable('org_units').set({ closed_at: null, updated_at: new Date() }).where('id', '=', unit.id).execute()
    const after = await presentOrgUnitByCode(trx, code)
    await recordAudit(trx, { action: 'org_unit.reopen', entityType: 'org_unit', entityId: unit.id, entityCode: code, before, after, ...auditBy(actor) })
    return after
  })
}
