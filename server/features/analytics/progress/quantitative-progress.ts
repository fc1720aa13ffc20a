import type { ProgressThresholds } from './progress-thresholds.js'

export type ProgressStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_data'
export type Direction = 'increase' | 'decrease'

export type QuantitativeTarget = {
  comparator: string
  baseline: { value: number; year: number | null } | null
  target: { value: number | null; year: number | null }
  perYear: boolean
  /** the bound indicator's direction, used when the comparator alone does not say (`exactly`) */
  indicatorDirection?: string | null
  plan: { start: number; end: number }
}

export type QuantitativeProgress = { direction: Direction; goal: number | null; expected: number | null; percentOfTarget: number | null; status: ProgressStatus }

const DECREASING = new Set(['at_most', 'decrease_by', 'decrease_to'])

export function directionOf(t: Pick<QuantitativeTarget, 'comparator' | 'baseline' | 'target' | 'indicatorDirection'>): Direction {
  if (DECREASING.has(t.comparator)) return 'decrease'
  if (t.comparator === 'exactly') {
    if (t.baseline && t.target.value !== null && t.target.value !== t.baseline.value) return t.target.value < t.baseline.value ? 'decrease' : 'increase'
    return t.indicatorDirection === 'down' ? 'decrease' : 'increase'
  }
  return 'increase'
}

/**
 * Progress of a quantitative target at `asOf` (the last day of the period looked at) given the actual value.
 * - Goal: the target value; baseline + value for `increase_by`, baseline − value for `decrease_by`.
 * - Baseline: the plan's baseline; an increasing target without one starts from 0; a decreasing one has no line.
 * - Expected: a straight line from the baseline (end of its year; default the year before the plan) to the goal (end
 *   of the target year; default the plan's last year); a per-year target expects its goal every year.
 * - Status: achieved when the actual meets the goal in the target's direction; otherwise off track once the target
 *   year has ended, else by progress made ÷ progress expected against the thresholds. A target without a line
 *   (decreasing, no baseline) that is not achieved is at risk.
 */
export function quantitativeProgress(t: QuantitativeTarget, actual: number | null, asOf: string, thresholds: ProgressThresholds): QuantitativeProgress {
  const direction = directionOf(t)
  const sign = direction === 'increase' ? 1 : -1
  const base = t.baseline?.value ?? (direction === 'increase' ? 0 : null)
  const value = t.target.value
  const goal = value === null ? null
    : t.comparator === 'increase_by' ? (base ?? 0) + value
      : t.comparator === 'decrease_by' ? (base === null ? null : base - value)
        : value
  if (goal === null) return { direction, goal, expected: null, percentOfTarget: null, status: 'no_data' }

  const startAt = (t.baseline?.year ?? t.plan.start - 1) + 1
  const endAt = (t.target.year ?? t.plan.end) + 1
  const now = yearFraction(asOf)
  const share = t.perYear ? 1 : endAt <= startAt ? 1 : Math.min(1, Math.max(0, (now - startAt) / (endAt - startAt)))
  const expected = base === null ? null : round(base + (goal - base) * share)
  let percentOfTarget: number | null = null
  if (actual !== null && base !== null) percentOfTarget = goal === base ? (sign * (actual - goal) >= 0 ? 100 : 0) : round((100 * (actual - base)) / (goal - base))

  if (actual === null) return { direction, goal, expected, percentOfTarget, status: 'no_data' }
  const achieved = sign * (actual - goal) >= 0
  let status: ProgressStatus
  if (achieved) status = 'achieved'
  else if (!t.perYear && now >= endAt) status = 'off_track'
  else if (base === null || expected === null) status = 'at_risk'
  else {
    const required = sign * (expected - base)
    const made = sign * (actual - base)
    const ratio = required <= 0 ? (made >= 0 ? 1 : 0) : made / required
    status = ratio >= thresholds.onTrack ? 'on_track' : ratio >= thresholds.atRisk ? 'at_risk' : 'off_track'
  }
  return { direction, goal, expected, percentOfTarget, status }
}

/** `2024-12-31` → 2025.0 (the end of 2024), `2024-06-30` → 2024.5: years as a continuous scale for the line. */
export function yearFraction(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4))
  const month = Number(isoDate.slice(5, 7))
  return year + month / 12
}

const round = (v: number) => Math.round(v * 1e6) / 1e6
