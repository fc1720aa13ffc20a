import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { assertActorCan, auditBy, type Actor } from '../../platform/auth/request-actor.js'
import type { CreateOrgUnitInput } from './orgunits.schemas.js'
import { codeTaken, parentClosed, unknownParent } from './org-unit-errors.js'
import { presentOrgUnitByCode, type OrgUnitView } from './present-org-unit.js'
import { lockOrgTree } from './lock-org-tree.js'

/** Inside the caller's transaction (the CSV import creates many at once). Units made in the app start unpublished. */
export async function createOrgUnitIn(trx: Transaction<DB>, actor: Actor, input: CreateOrgUnitInput): Promise<OrgUnitView> {
  const parent = input.parent ? await trx.selectFrom('org_units').select(['id', 'path', 'closed_at']).where('code', '=', input.parent).executeTakeFirst() : null
  if (input.parent && !parent) throw unknownParent(input.parent)
  assertActorCan(actor, 'orgunits:manage', parent ? { unitPath: parent.path } : 'system')
  if (parent?.closed_at) throw parentClosed(input.parent!)
  if (await trx.selectFrom('org_units').select('id').where('code', '=', input.code).executeTakeFirst()) throw codeTaken(input.code)
  const row = await trx.insertInto('org_units').values({
    code: input.code, kind: input.kind, parent_id: parent?.id ?? null, path: '', name_lo: input.name.lo, name_en: input.name.en ?? null,
    abbr_lo: input.abbr?.lo ?? null, abbr_en: input.abbr?.en ?? null, iso_code: input.iso ?? null, published: false, updated_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow()
  await trx.updateTable('org_units').set({ path: `${parent?.path ?? ''}/${row.id}` }).where('id', '=', row.id).execute()
  const after = await presentOrgUnitByCode(trx, input.code)
  await recordAudit(trx, { action: 'org_unit.create', entityType: 'org_unit', entityId: row.id, entityCode: input.code, after, ...auditBy(actor) })
  return after
}

export function createOrgUnit(db: Kysely<DB>, actor: Actor, input: CreateOrgUnitInput): Promise<OrgUnitView> {
  return db.transaction().execute(async (trx) => {
    await lockOrgTree(trx)
    return createOrgUnitIn(trx, actor, input)
  })
}
