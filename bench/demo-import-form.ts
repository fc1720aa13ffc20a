import { sql, type Kysely } from 'kysely'
import type { DB } from '../server/platform/db/schema.js'
import type { TemplateData } from '../server/features/values-io/load-template-rows.js'

/**
 * A demo form for the import benchmark (is_demo, codes DEMO-…): `elements` data elements, each disaggregated into
 * `options` age groups, all answered by one unit — one report of elements × options values.
 */
export const DEMO_FORM = { plan: 'DEMO-IMPORT-2021-2025', dataSet: 'DEMO-QUARTERLY', unit: 'DEMO-UNIT', period: '2024Q1' }

const code = (i: number) => `DEMO-DE-${String(i).padStart(5, '0')}`
const option = (j: number) => `A${String(j).padStart(2, '0')}`

export async function createDemoImportForm(db: Kysely<DB>, elements: number, options: number): Promise<void> {
  const plan = await db.insertInto('plans').values({
    code: DEMO_FORM.plan, name_lo: '(ສາທິດ) ແຜນສຳລັບທົດສອບການນຳເຂົ້າ', name_en: 'Demo plan for the import benchmark (synthetic)', period_start: 2021, period_end: 2025, is_demo: true, meta: JSON.stringify({ demo: true }),
  }).returning('id').executeTakeFirstOrThrow()
  const unit = await db.insertInto('org_units').values({ code: DEMO_FORM.unit, kind: 'department', parent_id: null, path: '', name_lo: '(ສາທິດ) ຫົວໜ່ວຍ', name_en: 'Demo unit', abbr_lo: null, abbr_en: null, iso_code: null, src: null, closed_at: null, updated_at: null })
    .returning('id').executeTakeFirstOrThrow()
  await db.updateTable('org_units').set({ path: `/${unit.id}` }).where('id', '=', unit.id).execute()
  const dis = await db.insertInto('disaggregations').values({ code: 'DEMO-AGE', name_lo: '(ສາທິດ) ກຸ່ມອາຍຸ', name_en: 'Demo age group' }).returning('id').executeTakeFirstOrThrow()
  await sql`insert into disaggregation_options (disaggregation_id, code, name_lo, name_en, sort_order)
    select ${dis.id}::int, 'A' || lpad(j::text, 2, '0'), 'ກຸ່ມ ' || j, 'Group ' || j, j from generate_series(1, ${options}::int) j`.execute(db)
  await sql`insert into data_elements (plan_id, code, name_lo, name_en, value_type, aggregation, disaggregation_id, unit_lo, unit_en, min_value, is_demo)
    select ${plan.id}::int, 'DEMO-DE-' || lpad(i::text, 5, '0'), '(ສາທິດ) ຕົວເລກ ' || i, 'Demo number ' || i, 'number', 'sum', ${dis.id}::int, 'ຄົນ', 'people', 0, true
    from generate_series(1, ${elements}::int) i`.execute(db)
  const ds = await db.insertInto('data_sets').values({ plan_id: plan.id, code: DEMO_FORM.dataSet, name_lo: '(ສາທິດ) ລາຍງານປະຈຳໄຕມາດ', name_en: 'Demo quarterly report', frequency: 'quarter', is_demo: true })
    .returning('id').executeTakeFirstOrThrow()
  await sql`insert into data_set_members (data_set_id, entity_type, entity_id, sort_order)
    select ${ds.id}::int, 'data_element', id, row_number() over (order by code) from data_elements where plan_id = ${plan.id}::int`.execute(db)
  await sql`insert into responsibilities (org_unit_id, entity_type, entity_id)
    select ${unit.id}::int, 'data_element', id from data_elements where plan_id = ${plan.id}::int`.execute(db)
}

/** The filled-in template a reporter would upload: every element × option with a value. */
export function filledDemoTemplate(elements: number, options: number, valueOf: (i: number, j: number) => number): TemplateData {
  const values: TemplateData['values'] = []
  for (let i = 1; i <= elements; i++) {
    for (let j = 1; j <= options; j++) {
      values.push({
        elementCode: code(i), optionCode: option(j), item: `(ສາທິດ) ຕົວເລກ ${i}`, itemEn: `Demo number ${i}`, option: `ກຸ່ມ ${j} (Group ${j})`, unit: 'ຄົນ',
        value: valueOf(i, j), comment: null, valueType: 'number', min: 0, max: null, decimals: 0,
      })
    }
  }
  return {
    report: { ...DEMO_FORM, isDemo: true, status: 'draft', title: { lo: '(ສາທິດ) ລາຍງານປະຈຳໄຕມາດ — ຫົວໜ່ວຍ — ໄຕມາດ 1/2024', en: 'Demo quarterly report — Demo unit — Q1 2024' } },
    values,
    milestones: [],
  }
}
