import type { Kysely, Transaction, Updateable } from 'kysely'
import type { DB, OrgUnitTable } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { assertActorCan, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import type { UpdateOrgUnitInput } from './orgunits.schemas.js'
import { findOrgUnit } from './find-org-unit.js'
import { presentOrgUnitByCode, type OrgUnitView } from './present-org-unit.js'

/** Rename (names, abbreviations), re-kind, ISO code. Only these columns: the body schema is strict. */
export async function updateOrgUnitIn(trx: Transaction<DB>, actor: Actor, code: string, input: UpdateOrgUnitInput): Promise<{ unit: OrgUnitView; changed: boolean }> {
  const unit = await findOrgUnit(trx, code)
  assertActorCan(actor, 'orgunits:manage', { unitPath: unit.path })
  const set: Updateable<OrgUnitTable> = {}
  if (input.kind !== undefined) set.kind = input.kind
  if (input.name) {
    set.name_lo = input.name.lo
    if (input.name.en !== undefined) set.name_en = input.name.en
  }
  if (input.abbr) {
    if (input.abbr.lo !== undefined) set.abbr_lo = input.abbr.lo
    if (input.abbr.en !== undefined) set.abbr_en = input.abbr.en
  }
  if (input.iso !== undefined) set.iso_code = input.iso
  const changed = Object.entries(set).some(([k, v]) => (unit as Record<string, unknown>)[k] !== v)
  const before = await presentOrgUnitByCode(trx, code)
  if (!changed) return { unit: before, changed: false }
  await trx.updateTable('org_units').set({ ...set, updated_at: new Date() }).where('id', '=', unit.id).execute()
  const after = await presentOrgUnitByCode(trx, code)
  await recordAudit(trx, { action: 'org_unit.update', entityType: 'org_unit', entityId: unit.id, entityCode: code, before, after, ...auditBy(actor) })
  return { unit: after, changed: true }
}

export async function updateOrgUnit(db: Kysely<DB>, actor: Actor, code: string, input: UpdateOrgUnitInput): Promise<OrgUnitView> {
  return (await db.transaction().execute((trx) => updateOrgUnitIn(trx, actor, code, input))).unit
}
