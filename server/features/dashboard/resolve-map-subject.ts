import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { IndicatorRow } from './read-indicator-trends.js'
import type { FigureSource } from './resolve-element-sources.js'
import { unknownElement } from './dashboard-errors.js'

export type MapSubject = { type: 'indicator' | 'data_element'; code: string; name: { lo: string | null; en: string | null }; unit: { lo: string | null; en: string | null }; source: FigureSource | null }

/** What the map shows: `?indicator=` (an indicator code, else a data element code), by default the first indicator with a source. */
export async function resolveMapSubject(db: Kysely<DB>, planId: number, code: string | undefined, indicators: IndicatorRow[], sourceOf: (indicatorId: number) => FigureSource | null): Promise<MapSubject | null> {
  const fromIndicator = (i: IndicatorRow): MapSubject => ({ type: 'indicator', code: i.code, name: { lo: i.name_lo, en: i.name_en }, unit: { lo: i.unit_lo, en: i.unit_en }, source: sourceOf(i.id) })
  if (code === undefined) {
    const first = indicators.find((i) => sourceOf(i.id) !== null)
    return first ? fromIndicator(first) : null
  }
  const indicator = indicators.find((i) => i.code === code)
  if (indicator) return fromIndicator(indicator)
  const element = await db.selectFrom('data_elements').select(['id', 'code', 'name_lo', 'name_en', 'unit_lo', 'unit_en', 'aggregation'])
    .where('code', '=', code).where((eb) => eb.or([eb('plan_id', '=', planId), eb('plan_id', 'is', null)]))
    .orderBy('plan_id', 'asc').executeTakeFirst()
  if (!element) throw unknownElement(code)
  return {
    type: 'data_element', code: element.code, name: { lo: element.name_lo, en: element.name_en }, unit: { lo: element.unit_lo, en: element.unit_en },
    source: { kind: 'element', element: { id: element.id, code: element.code, aggregation: element.aggregation } },
  }
}
