import { childrenOf, parsePeriod } from '../../../common/periods.js'
import type { Measure } from './measure.js'
import { addMeasures, EMPTY_MEASURE, valueOf } from './measure.js'

/**
 * The periods that tile the time from the plan's first year to the end of the period looked at: whole years, then
 * the longest summary periods of the last year (Jan–Sep, first half, first quarter, months). Each has summary rows,
 * so a cumulative figure is a handful of reads however long the plan has run.
 */
export type WindowPart = { id: string; year: number; end: string }

export function windowParts(planStartYear: number, periodEnd: string): WindowPart[] {
  const endYear = Number(periodEnd.slice(0, 4))
  const endMonth = Number(periodEnd.slice(5, 7))
  const parts: WindowPart[] = []
  const add = (id: string) => { const p = parsePeriod(id); parts.push({ id, year: Number(p.start.slice(0, 4)), end: p.end }) }
  for (let y = planStartYear; y < endYear; y++) add(String(y))
  if (endYear < planStartYear) return parts
  if (endMonth === 12) { add(String(endYear)); return parts }
  const head = endMonth >= 9 ? `${endYear}N9` : endMonth >= 6 ? `${endYear}S1` : endMonth >= 3 ? `${endYear}Q1` : null
  const covered = head ? Number(parsePeriod(head).end.slice(5, 7)) : 0
  if (head) add(head)
  for (const month of childrenOf(String(endYear), 'month').slice(covered, endMonth)) add(month)
  return parts
}

export type Figure = { value: number | null; period: string | null; reports: number }
const NO_FIGURE: Figure = { value: null, period: null, reports: 0 }

const spanId = (parts: WindowPart[]) => (parts.length === 1 ? parts[0].id : `${parts[0].id}..${parts[parts.length - 1].id}`)

function combine(parts: WindowPart[], measureOf: (partId: string) => Measure | undefined): Measure {
  return parts.reduce((m, p) => addMeasures(m, measureOf(p.id) ?? EMPTY_MEASURE), EMPTY_MEASURE)
}

/**
 * The actual value a target is judged on. Cumulative ('sum') elements: everything since the plan began. Rates
 * ('average') and stocks ('last'), and per-year targets: the latest year with approved data (for 'last', its latest
 * period with data).
 */
export function progressFigure(parts: WindowPart[], measureOf: (partId: string) => Measure | undefined, aggregation: string, perYear: boolean): Figure {
  if (!parts.length) return NO_FIGURE
  if (aggregation === 'sum' && !perYear) {
    const total = combine(parts, measureOf)
    return total.valueCount ? { value: valueOf(total, 'sum'), period: spanId(parts), reports: total.valueCount } : NO_FIGURE
  }
  const years = [...new Set(parts.map((p) => p.year))].sort((a, b) => b - a)
  for (const year of years) {
    const inYear = parts.filter((p) => p.year === year)
    const total = combine(inYear, measureOf)
    if (!total.valueCount) continue
    if (aggregation === 'last') {
      const latest = [...inYear].reverse().find((p) => (measureOf(p.id)?.valueCount ?? 0) > 0)!
      const m = measureOf(latest.id)!
      return { value: valueOf(m, 'last'), period: latest.id, reports: m.valueCount }
    }
    return { value: valueOf(total, aggregation), period: spanId(inYear), reports: total.valueCount }
  }
  return NO_FIGURE
}
