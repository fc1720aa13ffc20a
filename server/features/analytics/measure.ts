/** What the summaries hold for one element, unit subtree and period; additive over units and subtrees. */
export type Measure = { valueSum: number; valueCount: number; lastSum: number }

export const EMPTY_MEASURE: Measure = Object.freeze({ valueSum: 0, valueCount: 0, lastSum: 0 })

export function addMeasures(a: Measure, b: Measure): Measure {
  return { valueSum: a.valueSum + b.valueSum, valueCount: a.valueCount + b.valueCount, lastSum: a.lastSum + b.lastSum }
}

export type Aggregation = 'sum' | 'average' | 'last'

/**
 * The figure for an element's aggregation: 'sum' adds every counted value; 'average' is the mean of them; 'last'
 * adds each unit's value for its latest period (stocks such as accounts or subscribers). Null when nothing counts.
 */
export function valueOf(m: Measure | undefined, aggregation: string): number | null {
  if (!m || m.valueCount === 0) return null
  if (aggregation === 'average') return m.valueSum / m.valueCount
  if (aggregation === 'last') return m.lastSum
  return m.valueSum
}
