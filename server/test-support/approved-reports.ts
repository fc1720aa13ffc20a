import type { Kysely } from 'kysely'
import type { DB } from '../platform/db/schema.js'
import { parsePeriod, periodTypeOf } from '../../common/periods.js'
import { refreshReportAggregates } from '../features/analytics/refresh-report-aggregates.js'

/**
 * Reports for analytics tests, written straight to the tables, with the workflow's call into the analytics feature.
 * The reporting API is built in parallel; when it lands, these helpers can go through it instead.
 */
export type TestValue = { element: string; value: number | null; option?: string }

const FREQUENCY: Record<string, string> = { month: 'month', quarter: 'quarter', semester: 'semester', nine_months: 'nine_months', year: 'year', mid_term: 'mid_term', plan: 'plan' }

export async function planIdOf(db: Kysely<DB>, planCode: string): Promise<number> {
  return (await db.selectFrom('plans').select('id').where('code', '=', planCode).executeTakeFirstOrThrow()).id
}

/** A data element of the plan by code (created when missing). */
export async function ensureElement(db: Kysely<DB>, planCode: string, code: string, opts: { aggregation?: 'sum' | 'average' | 'last'; indicator?: string; target?: string } = {}): Promise<number> {
  const planId = await planIdOf(db, planCode)
  const found = await db.selectFrom('data_elements').select('id').where('plan_id', '=', planId).where('code', '=', code).executeTakeFirst()
  const indicatorId = opts.indicator ? (await db.selectFrom('indicators').select('id').where('plan_id', '=', planId).where('code', '=', opts.indicator).executeTakeFirstOrThrow()).id : undefined
  const targetId = opts.target ? (await db.selectFrom('targets').select('id').where('plan_id', '=', planId).where('code', '=', opts.target).executeTakeFirstOrThrow()).id : undefined
  const set = { ...(opts.aggregation ? { aggregation: opts.aggregation } : {}), ...(indicatorId ? { indicator_id: indicatorId } : {}), ...(targetId ? { target_id: targetId } : {}) }
  if (found) {
    if (Object.keys(set).length) await db.updateTable('data_elements').set(set).where('id', '=', found.id).execute()
    return found.id
  }
  return (await db.insertInto('data_elements').values({ plan_id: planId, code, name_lo: code, name_en: code, ...set }).returning('id').executeTakeFirstOrThrow()).id
}

async function ensureDataSet(db: Kysely<DB>, planId: number, code: string, frequency: string): Promise<number> {
  return (await db.insertInto('data_sets').values({ plan_id: planId, code, name_lo: code, frequency })
    .onConflict((oc) => oc.columns(['plan_id', 'code']).doUpdateSet({ name_lo: code })).returning('id').executeTakeFirstOrThrow()).id
}

/**
 * A report of `unit` for `period` holding `values`, in status `draft`. Its data set is `dataSet`, by default one per
 * frequency and first element (so tests of different elements never share a report); name another data set to
 * report the same element twice for one period.
 */
export async function createTestReport(db: Kysely<DB>, opts: { plan: string; unit: string; period: string; values: TestValue[]; dataSet?: string }): Promise<number> {
  const planId = await planIdOf(db, opts.plan)
  const period = parsePeriod(opts.period)
  const frequency = FREQUENCY[periodTypeOf(opts.period)]
  const dataSetId = await ensureDataSet(db, planId, opts.dataSet ?? `TEST-${frequency.toUpperCase()}-${opts.values[0]?.element ?? 'EMPTY'}`, frequency)
  const unit = await db.selectFrom('org_units').select('id').where('code', '=', opts.unit).executeTakeFirstOrThrow()
  const report = await db.insertInto('reports').values({
    data_set_id: dataSetId, org_unit_id: unit.id, period: period.id, period_start: period.start, period_end: period.end,
  }).returning('id').executeTakeFirstOrThrow()
  for (const v of opts.values) {
    const elementId = await ensureElement(db, opts.plan, v.element)
    const optionId = v.option
      ? (await db.selectFrom('disaggregation_options').select('id').where('code', '=', v.option).executeTakeFirstOrThrow()).id
      : 0
    await db.insertInto('data_values').values({
      report_id: report.id, data_element_id: elementId, option_id: optionId, org_unit_id: unit.id, period: period.id, period_start: period.start, value: v.value,
    }).execute()
  }
  return report.id
}

/** Approves (or locks) a report the way the workflow does: status and analytics in one transaction. */
export async function approveTestReport(db: Kysely<DB>, reportId: number, status: 'approved' | 'locked' = 'approved', at = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('reports').set({ status, approved_at: at, ...(status === 'locked' ? { locked_at: at } : {}) }).where('id', '=', reportId).execute()
    await refreshReportAggregates(trx, reportId, true)
  })
}

/** Reopens an approved report (back to draft): its values stop counting at once. */
export async function reopenTestReport(db: Kysely<DB>, reportId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('reports').set({ status: 'draft', approved_at: null, locked_at: null }).where('id', '=', reportId).execute()
    await refreshReportAggregates(trx, reportId, false)
  })
}

/** Creates and approves a report in one go. */
export async function approvedTestReport(db: Kysely<DB>, opts: Parameters<typeof createTestReport>[1] & { at?: Date }): Promise<number> {
  const id = await createTestReport(db, opts)
  await approveTestReport(db, id, 'approved', opts.at)
  return id
}
