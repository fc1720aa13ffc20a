import type { Kysely, Transaction } from 'kysely'
import type { z } from 'zod'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { AppError } from '../../platform/http/errors.js'
import { findPlanId } from '../plans/find-plan.js'
import { findDataSet } from './find-report-context.js'
import { listDataSets } from './list-data-sets.js'
import type { createDataSetBody, memberInput, updateDataSetBody } from './data-set.schemas.js'

type Member = z.infer<typeof memberInput>
const TABLE = { dataElement: 'data_elements', target: 'targets', project: 'projects' } as const
const DB_TYPE = { dataElement: 'data_element', target: 'target', project: 'project' } as const

const present = async (db: Kysely<DB>, plan: string, code: string) => (await listDataSets(db, plan)).find((d) => d.code === code)!

/** A new reporting form for a plan: what is reported, how often, when it is due and who reviews it. */
export async function createDataSet(db: Kysely<DB>, actor: Actor, plan: string, input: z.infer<typeof createDataSetBody>) {
  const planId = await findPlanId(db, plan)
  await db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('data_sets').select('id').where('plan_id', '=', planId).where('code', '=', input.code).executeTakeFirst()
    if (exists) throw new AppError(409, 'data_set_exists', `Form ${input.code} already exists`, `ແບບຟອມ ${input.code} ມີແລ້ວ`)
    const row = await trx.insertInto('data_sets').values({
      plan_id: planId, code: input.code, name_lo: input.name.lo, name_en: input.name.en ?? null, frequency: input.frequency, deadline_days: input.deadlineDays, review_path: input.reviewPath,
    }).returning('id').executeTakeFirstOrThrow()
    await writeMembers(trx, planId, row.id, input.members)
    await recordAudit(trx, { action: 'data_set.create', entityType: 'data_set', entityId: row.id, entityCode: input.code, after: input, ...auditBy(actor) })
  })
  return present(db, plan, input.code)
}

export async function updateDataSet(db: Kysely<DB>, actor: Actor, plan: string, code: string, input: z.infer<typeof updateDataSetBody>) {
  const ds = await findDataSet(db, plan, code)
  await db.transaction().execute(async (trx) => {
    if (input.frequency && input.frequency !== ds.frequency) {
      const used = await trx.selectFrom('reports').select('id').where('data_set_id', '=', ds.id).limit(1).executeTakeFirst()
      if (used) throw new AppError(409, 'data_set_in_use', 'Reports of this form exist; its frequency cannot change. Create a new form instead.', 'ມີບົດລາຍງານຂອງແບບຟອມນີ້ແລ້ວ; ບໍ່ສາມາດປ່ຽນຄວາມຖີ່ໄດ້. ກະລຸນາສ້າງແບບຟອມໃໝ່.')
    }
    const patch = {
      ...(input.name ? { name_lo: input.name.lo, name_en: input.name.en ?? null } : {}),
      ...(input.frequency ? { frequency: input.frequency } : {}),
      ...(input.deadlineDays !== undefined ? { deadline_days: input.deadlineDays } : {}),
      ...(input.reviewPath ? { review_path: input.reviewPath } : {}),
    }
    await trx.updateTable('data_sets').set({ ...patch, updated_at: new Date() }).where('id', '=', ds.id).execute()
    await recordAudit(trx, {
      action: 'data_set.update', entityType: 'data_set', entityId: ds.id, entityCode: code,
      before: { name: { lo: ds.name_lo, en: ds.name_en }, frequency: ds.frequency, deadlineDays: ds.deadline_days, reviewPath: ds.review_path }, after: input, ...auditBy(actor),
    })
  })
  return present(db, plan, code)
}

/** Replaces what a form holds; values already reported for items taken out stay in their reports. */
export async function setDataSetMembers(db: Kysely<DB>, actor: Actor, plan: string, code: string, members: Member[]) {
  const ds = await findDataSet(db, plan, code)
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('data_set_members').select(['entity_type', 'entity_id']).where('data_set_id', '=', ds.id).execute()
    await trx.deleteFrom('data_set_members').where('data_set_id', '=', ds.id).execute()
    await writeMembers(trx, ds.plan_id, ds.id, members)
    await recordAudit(trx, { action: 'data_set.members', entityType: 'data_set', entityId: ds.id, entityCode: code, before: { count: before.length }, after: { members }, ...auditBy(actor) })
  })
  return present(db, plan, code)
}

async function writeMembers(trx: Transaction<DB>, planId: number, dataSetId: number, members: Member[]) {
  const rows: { data_set_id: number; entity_type: 'data_element' | 'target' | 'project'; entity_id: number; sort_order: number }[] = []
  const missing: string[] = []
  for (const [i, m] of members.entries()) {
    let q = trx.selectFrom(TABLE[m.type]).select('id').where('plan_id', '=', planId).where('code', '=', m.code)
    // Quantitative targets are reported through their data elements; a form lists milestones as targets.
    if (m.type === 'target') q = q.where('kind' as never, '=', 'milestone' as never)
    const found = await q.executeTakeFirst()
    if (!found) missing.push(`${m.type} ${m.code}`)
    else rows.push({ data_set_id: dataSetId, entity_type: DB_TYPE[m.type], entity_id: found.id, sort_order: i + 1 })
  }
  if (missing.length) throw new AppError(422, 'unknown_members', `Not found in this plan (targets must be milestones): ${missing.join(', ')}`, `ບໍ່ພົບໃນແຜນນີ້ (ຄາດໝາຍຕ້ອງເປັນຄາດໝາຍບາດກ້າວ): ${missing.join(', ')}`, { missing })
  if (rows.length) await trx.insertInto('data_set_members').values(rows).onConflict((oc) => oc.doNothing()).execute()
}
