import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/**
 * What the plan asks units to report, derived from the plan itself (never new plan content): one data element per
 * indicator and per quantitative target without an indicator, and the default quarterly and annual data sets holding
 * every element, milestone target and project. Runs inside the plan load; existing rows are left as the planners
 * edited them, and members are filled only when a data set is first created.
 */
export async function ensurePlanReporting(trx: Kysely<DB>, planId: number): Promise<{ dataElements: number; dataSets: number }> {
  const isPercent = sql`coalesce(unit_lo, unit_en, '') like '%\\%%'`
  const percent = sql<string>`case when ${isPercent} then 'average' else 'sum' end`
  const valueType = sql<string>`case when ${isPercent} then 'percent' else 'number' end`
  // Percentages are averaged and reported with decimals (61.5 %) even where the plan prints whole ones.
  const decimals = (declared: ReturnType<typeof sql>) => sql<number>`case when ${isPercent} then greatest(${declared}, 1) else ${declared} end`
  const fromIndicators = await trx.insertInto('data_elements')
    .columns(['plan_id', 'code', 'name_lo', 'name_en', 'unit_lo', 'unit_en', 'aggregation', 'value_type', 'decimals', 'indicator_id', 'src', 'min_value'])
    .expression((eb) => eb.selectFrom('indicators')
      .select([
        'plan_id', sql<string>`'DE-' || code`.as('code'), sql<string>`coalesce(name_lo, name_en, code)`.as('name_lo'), 'name_en', 'unit_lo', 'unit_en',
        percent.as('aggregation'), valueType.as('value_type'), decimals(sql`decimals`).as('decimals'), 'id', 'src', sql<number>`0`.as('min_value'),
      ])
      .where('plan_id', '=', planId))
    .onConflict((oc) => oc.expression(sql`coalesce(plan_id, 0), code`).doNothing())
    .executeTakeFirst()
  const fromTargets = await trx.insertInto('data_elements')
    .columns(['plan_id', 'code', 'name_lo', 'name_en', 'unit_lo', 'unit_en', 'aggregation', 'value_type', 'decimals', 'target_id', 'src', 'src_line', 'min_value'])
    .expression((eb) => eb.selectFrom('targets')
      .select([
        'plan_id', sql<string>`'DE-' || code`.as('code'), sql<string>`coalesce(text_lo, text_en, code)`.as('name_lo'), 'text_en', 'unit_lo', 'unit_en',
        percent.as('aggregation'), valueType.as('value_type'), decimals(sql`0`).as('decimals'), 'id', 'src', 'src_line', sql<number>`0`.as('min_value'),
      ])
      .where('plan_id', '=', planId).where('kind', '=', 'quantitative').where('indicator_id', 'is', null).where('missing_in_source', '=', false))
    .onConflict((oc) => oc.expression(sql`coalesce(plan_id, 0), code`).doNothing())
    .executeTakeFirst()

  let dataSets = 0
  for (const ds of DEFAULT_DATA_SETS) {
    const created = await trx.insertInto('data_sets').values({ plan_id: planId, ...ds })
      .onConflict((oc) => oc.columns(['plan_id', 'code']).doNothing()).returning('id').executeTakeFirst()
    if (!created) continue
    dataSets++
    await addAllPlanItems(trx, planId, created.id)
  }
  return { dataElements: Number(fromIndicators.numInsertedOrUpdatedRows ?? 0) + Number(fromTargets.numInsertedOrUpdatedRows ?? 0), dataSets }
}

const DEFAULT_DATA_SETS = [
  { code: 'QUARTERLY', name_lo: 'ລາຍງານຄວາມຄືບໜ້າ ປະຈຳໄຕມາດ', name_en: 'Quarterly progress report', frequency: 'quarter', deadline_days: 15 },
  { code: 'ANNUAL', name_lo: 'ລາຍງານຜົນການຈັດຕັ້ງປະຕິບັດ ປະຈຳປີ', name_en: 'Annual implementation report', frequency: 'year', deadline_days: 30 },
]

async function addAllPlanItems(trx: Kysely<DB>, planId: number, dataSetId: number) {
  await sql`
    insert into data_set_members (data_set_id, entity_type, entity_id, sort_order)
    select ${dataSetId}::int, 'data_element', de.id, row_number() over (order by coalesce(t.sort_order, 0), de.code)
    from data_elements de left join targets t on t.id = de.target_id
    where de.plan_id = ${planId}
    union all
    select ${dataSetId}::int, 'target', t.id, row_number() over (order by t.sort_order)
    from targets t where t.plan_id = ${planId} and t.kind = 'milestone' and not t.missing_in_source
    union all
    select ${dataSetId}::int, 'project', p.id, row_number() over (order by p.no nulls last, p.code)
    from projects p where p.plan_id = ${planId}
    on conflict do nothing`.execute(trx)
}
