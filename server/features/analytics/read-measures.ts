import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { containedRows, periodMapRelation } from './period-map.js'
import { unitContributionsSql } from './unit-contributions.js'
import { addMeasures, EMPTY_MEASURE, type Measure } from './measure.js'

export type MeasureQuery = {
  elementIds: number[]
  /** Roots of the subtrees to read (disjoint): the caller's scope, a chosen unit, or each province. */
  unitIds: number[]
  periods: string[]
  /** Read the total only (option 0), or every option too. */
  options?: 'total' | 'all'
}

export const measureKey = (elementId: number, unitId: number, period: string, optionId = 0) => `${elementId}|${unitId}|${period}|${optionId}`

/**
 * Measures for each (element, subtree root, period[, option]): the summary row of what lies below the root plus the
 * root's own values, read from data_values (a single unit's rows are few). Two indexed reads, however many units
 * report below.
 */
export async function readMeasures(db: Kysely<DB>, q: MeasureQuery): Promise<Map<string, Measure>> {
  const out = new Map<string, Measure>()
  if (!q.elementIds.length || !q.unitIds.length || !q.periods.length) return out
  const optionFilter = q.options === 'all' ? sql`true` : sql`option_id = 0`
  const cells = await sql<{ data_element_id: number; org_unit_id: number; period: string; option_id: number; value_sum: string; value_count: number; last_sum: string }>`
    select data_element_id, org_unit_id, period, option_id, value_sum, value_count, last_sum from analytics_cells
    where data_element_id = any(${q.elementIds}::int[]) and org_unit_id = any(${q.unitIds}::int[]) and period = any(${q.periods}::text[]) and ${optionFilter}`.execute(db)
  for (const c of cells.rows) {
    out.set(measureKey(c.data_element_id, c.org_unit_id, c.period, c.option_id), { valueSum: Number(c.value_sum), valueCount: c.value_count, lastSum: Number(c.last_sum) })
  }
  for (const own of await readOwnContributions(db, q)) {
    const key = measureKey(own.element_id, own.unit_id, own.period, own.option_id)
    out.set(key, addMeasures(out.get(key) ?? EMPTY_MEASURE, { valueSum: Number(own.value_sum), valueCount: own.value_count, lastSum: Number(own.last_value) }))
  }
  return out
}

type OwnRow = { unit_id: number; element_id: number; option_id: number; period: string; value_sum: string; value_count: number; last_value: string }

async function readOwnContributions(db: Kysely<DB>, q: MeasureQuery): Promise<OwnRow[]> {
  const rows = q.periods.flatMap((p) => containedRows('*', p))
  const from = rows.reduce((m, r) => (r.target.start < m ? r.target.start : m), rows[0].target.start)
  const to = rows.reduce((m, r) => (r.target.end > m ? r.target.end : m), rows[0].target.end)
  const optionFilter = q.options === 'all' ? sql`true` : sql`option_id = 0`
  const result = await sql<OwnRow>`
    select * from (${unitContributionsSql({
      values: sql<boolean>`dv.org_unit_id = any(${q.unitIds}::int[]) and dv.data_element_id = any(${q.elementIds}::int[]) and dv.period_start between ${from}::date and ${to}::date`,
      counted: sql<boolean>`c.report_id is not null`,
    }, periodMapRelation(rows))}) own where ${optionFilter}`.execute(db)
  return result.rows
}

/** The measures of several subtree roots added together (a scope of several subtrees). */
export function combineRoots(measures: Map<string, Measure>, elementId: number, unitIds: number[], period: string, optionId = 0): Measure | undefined {
  let total: Measure | undefined
  for (const u of unitIds) {
    const m = measures.get(measureKey(elementId, u, period, optionId))
    if (m) total = addMeasures(total ?? EMPTY_MEASURE, m)
  }
  return total
}
