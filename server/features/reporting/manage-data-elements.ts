import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'
import { AppError } from '../../platform/http/errors.js'
import { findPlanId } from '../plans/find-plan.js'
import type { createDataElementBody, updateDataElementBody } from './data-set.schemas.js'

const rangeError = () => new AppError(422, 'invalid_range', 'The minimum must not exceed the maximum', 'ຄ່າຕ່ຳສຸດ ຕ້ອງບໍ່ເກີນຄ່າສູງສຸດ')
const notFound = (code: string) => new AppError(404, 'data_element_not_found', `Data element ${code} was not found`, `ບໍ່ພົບອົງປະກອບຂໍ້ມູນ ${code}`)

async function present(db: Kysely<DB>, id: number) {
  const e = await db.selectFrom('data_elements as e').leftJoin('disaggregations as d', 'd.id', 'e.disaggregation_id')
    .select(['e.code', 'e.name_lo', 'e.name_en', 'e.unit_lo', 'e.unit_en', 'e.value_type', 'e.aggregation', 'e.min_value', 'e.max_value', 'e.decimals', 'd.code as dis'])
    .where('e.id', '=', id).executeTakeFirstOrThrow()
  const n = (v: string | null) => (v === null ? null : Number(v))
  return { code: e.code, name: { lo: e.name_lo, en: e.name_en }, unit: { lo: e.unit_lo, en: e.unit_en }, valueType: e.value_type, aggregation: e.aggregation, disaggregation: e.dis, min: n(e.min_value), max: n(e.max_value), decimals: e.decimals }
}

/** A data element made in the app (e.g. one disaggregated by sex), to be added to a form. */
export async function createDataElement(db: Kysely<DB>, actor: Actor, plan: string, input: z.infer<typeof createDataElementBody>) {
  const planId = await findPlanId(db, plan)
  if (input.min != null && input.max != null && input.min > input.max) throw rangeError()
  const id = await db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('data_elements').select('id').where('plan_id', '=', planId).where('code', '=', input.code).executeTakeFirst()) {
      throw new AppError(409, 'data_element_exists', `Data element ${input.code} already exists`, `ອົງປະກອບຂໍ້ມູນ ${input.code} ມີແລ້ວ`)
    }
    let disaggregationId: number | null = null
    if (input.disaggregation) {
      const d = await trx.selectFrom('disaggregations').select('id').where('code', '=', input.disaggregation).executeTakeFirst()
      if (!d) throw new AppError(422, 'unknown_disaggregation', `Unknown disaggregation ${input.disaggregation}`, `ບໍ່ຮູ້ຈັກການແຍກຂໍ້ມູນ ${input.disaggregation}`)
      disaggregationId = d.id
    }
    const row = await trx.insertInto('data_elements').values({
      plan_id: planId, code: input.code, name_lo: input.name.lo, name_en: input.name.en ?? null, unit_lo: input.unit?.lo ?? null, unit_en: input.unit?.en ?? null,
      value_type: input.valueType, aggregation: input.aggregation, disaggregation_id: disaggregationId, min_value: input.min ?? null, max_value: input.max ?? null, decimals: input.decimals ?? (input.valueType === 'percent' ? 1 : 0),
    }).returning('id').executeTakeFirstOrThrow()
    await recordAudit(trx, { action: 'data_element.create', entityType: 'data_element', entityId: row.id, entityCode: input.code, after: input, ...auditBy(actor) })
    return row.id
  })
  return present(db, id)
}

/** Names, unit, aggregation, range and decimals can change; type and disaggregation cannot once values exist. */
export async function updateDataElement(db: Kysely<DB>, actor: Actor, plan: string, code: string, input: z.infer<typeof updateDataElementBody>) {
  const planId = await findPlanId(db, plan)
  const el = await db.selectFrom('data_elements').selectAll().where('plan_id', '=', planId).where('code', '=', code).executeTakeFirst()
  if (!el) throw notFound(code)
  const min = input.min !== undefined ? input.min : el.min_value === null ? null : Number(el.min_value)
  const max = input.max !== undefined ? input.max : el.max_value === null ? null : Number(el.max_value)
  if (min != null && max != null && min > max) throw rangeError()
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('data_elements').set({
      ...(input.name ? { name_lo: input.name.lo, name_en: input.name.en ?? null } : {}),
      ...(input.unit ? { unit_lo: input.unit.lo ?? null, unit_en: input.unit.en ?? null } : {}),
      ...(input.aggregation ? { aggregation: input.aggregation } : {}),
      ...(input.decimals !== undefined ? { decimals: input.decimals } : {}),
      min_value: min, max_value: max,
    }).where('id', '=', el.id).execute()
    await recordAudit(trx, { action: 'data_element.update', entityType: 'data_element', entityId: el.id, entityCode: code, before: await present(trx, el.id), after: input, ...auditBy(actor) })
  })
  return present(db, el.id)
}
