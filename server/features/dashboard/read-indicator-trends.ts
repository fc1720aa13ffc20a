import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { FigureSource } from './resolve-element-sources.js'
import type { MeasureLookup } from './figure-of-source.js'
import { valueForPeriod } from './value-for-period.js'

export type IndicatorRow = { id: number; code: string; name_lo: string | null; name_en: string | null; unit_lo: string | null; unit_en: string | null; direction: string; decimals: number; formula: string | null; meta: unknown }

export async function readPlanIndicators(db: Kysely<DB>, planId: number): Promise<IndicatorRow[]> {
  return db.selectFrom('indicators').select(['id', 'code', 'name_lo', 'name_en', 'unit_lo', 'unit_en', 'direction', 'decimals', 'formula', 'meta'])
    .where('plan_id', '=', planId).orderBy('src_line').orderBy('id').execute()
}

/** History from the plan document (years before the plan), approved actuals for each plan year, and the end target. */
export async function readIndicatorTrends(db: Kysely<DB>, indicators: IndicatorRow[], sources: Map<number, FigureSource | null>, years: string[], planStart: number, planEnd: number, measure: MeasureLookup) {
  const history = indicators.length
    ? await db.selectFrom('indicator_values').select(['indicator_id', 'period', 'value']).where('indicator_id', 'in', indicators.map((i) => i.id)).orderBy('period').execute()
    : []
  return indicators.map((i) => {
    const source = sources.get(i.id) ?? null
    const target = (i.meta as { target_2025?: { value: number | null } | null } | null)?.target_2025
    return {
      code: i.code, name: { lo: i.name_lo, en: i.name_en }, unit: { lo: i.unit_lo, en: i.unit_en },
      direction: i.direction === 'down' ? 'down' as const : 'up' as const, decimals: i.decimals,
      element: source?.kind === 'element' ? source.element.code : null, formula: i.formula,
      history: history.filter((h) => h.indicator_id === i.id && Number(h.period.slice(0, 4)) < planStart).map((h) => ({ period: h.period, value: Number(h.value) })),
      actuals: years.map((y) => ({ period: y, ...valueForPeriod(source, y, measure) })),
      target: target ? { year: planEnd, value: target.value ?? null } : null,
    }
  })
}
