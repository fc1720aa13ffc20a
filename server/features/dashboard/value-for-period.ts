import { evaluateFormula } from '../analytics/formula/evaluate-formula.js'
import { valueOf } from '../analytics/measure.js'
import type { FigureSource } from './resolve-element-sources.js'
import type { MeasureLookup } from './figure-of-source.js'

/** A source's value for exactly one period (a year of a trend, the map's period), with the reports behind it. */
export function valueForPeriod(source: FigureSource | null, period: string, measure: MeasureLookup): { value: number | null; reports: number } {
  if (!source) return { value: null, reports: 0 }
  if (source.kind === 'element') {
    const m = measure(source.element.id, period)
    return { value: valueOf(m, source.element.aggregation), reports: m?.valueCount ?? 0 }
  }
  let reports = 0
  const value = evaluateFormula(source.tree, (code) => {
    const e = source.elements.get(code)
    if (!e) return null
    const m = measure(e.id, period)
    reports = Math.max(reports, m?.valueCount ?? 0)
    return valueOf(m, e.aggregation)
  })
  return { value, reports: value === null ? 0 : reports }
}
