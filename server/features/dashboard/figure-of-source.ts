import { evaluateFormula } from '../analytics/formula/evaluate-formula.js'
import { progressFigure, type Figure, type WindowPart } from '../analytics/progress-window.js'
import type { Measure } from '../analytics/measure.js'
import type { FigureSource } from './resolve-element-sources.js'

export type MeasureLookup = (elementId: number, periodId: string) => Measure | undefined

/**
 * The actual value of a target or indicator over the window. A formula is judged on the latest year in which every
 * element it names has approved data, each element aggregated by its own rule over that year.
 */
export function figureOfSource(source: FigureSource | null, parts: WindowPart[], measure: MeasureLookup, perYear: boolean): Figure | null {
  if (!source) return null
  if (source.kind === 'element') return progressFigure(parts, (p) => measure(source.element.id, p), source.element.aggregation, perYear)
  const years = [...new Set(parts.map((p) => p.year))].sort((a, b) => b - a)
  for (const year of years) {
    const inYear = parts.filter((p) => p.year === year)
    const figures = new Map<string, Figure>()
    for (const [code, e] of source.elements) figures.set(code, progressFigure(inYear, (p) => measure(e.id, p), e.aggregation, true))
    const value = evaluateFormula(source.tree, (code) => figures.get(code)?.value ?? null)
    if (value === null) continue
    const reports = Math.max(0, ...[...figures.values()].map((f) => f.reports))
    return { value, period: inYear.length === 1 ? inYear[0].id : `${inYear[0].id}..${inYear[inYear.length - 1].id}`, reports }
  }
  return { value: null, period: null, reports: 0 }
}
