import { describe, expect, it } from 'vitest'
import { quantitativeProgress, type QuantitativeTarget } from './quantitative-progress.js'
import { milestoneProgressStatus } from './milestone-progress.js'
import { DEFAULT_PROGRESS_THRESHOLDS, progressThresholdsFromEnv } from './progress-thresholds.js'
import { countStatuses } from './count-statuses.js'

const plan = { start: 2021, end: 2025 }
const t = (over: Partial<QuantitativeTarget>): QuantitativeTarget => ({ comparator: 'at_least', baseline: { value: 100, year: 2020 }, target: { value: 200, year: 2025 }, perYear: false, plan, ...over })
const at = (target: QuantitativeTarget, actual: number | null, asOf = '2023-12-31') => quantitativeProgress(target, actual, asOf, DEFAULT_PROGRESS_THRESHOLDS)

describe('trajectory status of quantitative targets', () => {
  // 100 at the end of 2020 → 200 at the end of 2025: the line expects 160 at the end of 2023 (60 of 100 to go).
  it('gives each status against the straight line', () => {
    expect(at(t({}), 205)).toMatchObject({ status: 'achieved', expected: 160, percentOfTarget: 105 })
    expect(at(t({}), 160)).toMatchObject({ status: 'on_track', percentOfTarget: 60 })
    expect(at(t({}), 154)).toMatchObject({ status: 'on_track' }) // 54 of 60 = 0.9
    expect(at(t({}), 145)).toMatchObject({ status: 'at_risk' }) // 45 of 60 = 0.75
    expect(at(t({}), 130)).toMatchObject({ status: 'off_track' }) // 30 of 60 = 0.5
    expect(at(t({}), null)).toMatchObject({ status: 'no_data', expected: 160, percentOfTarget: null })
  })

  it('treats a target to decrease the other way round (at_most, decrease_to, decrease_by)', () => {
    // maternal-style: from 40 (2020) down to 20 (2025); the line expects 28 at the end of 2023
    const down = t({ comparator: 'at_most', baseline: { value: 40, year: 2020 }, target: { value: 20, year: 2025 } })
    expect(at(down, 19)).toMatchObject({ status: 'achieved', expected: 28, percentOfTarget: 105 })
    expect(at(down, 28)).toMatchObject({ status: 'on_track', percentOfTarget: 60 })
    expect(at(down, 31)).toMatchObject({ status: 'at_risk' }) // 9 of 12
    expect(at(down, 36)).toMatchObject({ status: 'off_track' })
    expect(at(down, 45)).toMatchObject({ status: 'off_track', percentOfTarget: -25 })
    expect(at(t({ comparator: 'decrease_to', baseline: { value: 40, year: 2020 }, target: { value: 20, year: 2025 } }), 28).status).toBe('on_track')
    // decrease by 10 from 40: the goal is 30
    const by = at(t({ comparator: 'decrease_by', baseline: { value: 40, year: 2020 }, target: { value: 10, year: 2025 } }), 30)
    expect(by).toMatchObject({ direction: 'decrease', goal: 30, status: 'achieved' })
    // a decreasing target without a baseline has no line: not achieved means at risk
    expect(at(t({ comparator: 'at_most', baseline: null, target: { value: 20, year: 2025 } }), 25)).toMatchObject({ status: 'at_risk', expected: null })
    // `exactly` below the baseline decreases; the indicator's direction decides when there is no baseline
    expect(at(t({ comparator: 'exactly', baseline: { value: 40, year: 2020 }, target: { value: 20, year: 2025 } }), 20).direction).toBe('decrease')
    expect(at(t({ comparator: 'exactly', baseline: null, indicatorDirection: 'down' }), 250).direction).toBe('decrease')
  })

  it('adds an increase to the baseline, starts at 0 without one, and counts a missed deadline as off track', () => {
    expect(at(t({ comparator: 'increase_by', target: { value: 50, year: 2025 } }), 150)).toMatchObject({ goal: 150, status: 'achieved' })
    expect(at(t({ baseline: null }), 120)).toMatchObject({ expected: 120, percentOfTarget: 60, status: 'on_track' })
    expect(at(t({ target: { value: 200, year: 2023 } }), 199)).toMatchObject({ status: 'off_track' })
    expect(at(t({}), 199, '2025-12-31')).toMatchObject({ status: 'off_track', expected: 200 })
    expect(at(t({}), 100, '2021-06-30')).toMatchObject({ expected: 110, status: 'off_track' })
    expect(at(t({ perYear: true }), 190)).toMatchObject({ expected: 200, status: 'on_track' })
  })

  it('puts milestones on the same scale and counts cancelled ones apart', () => {
    expect(milestoneProgressStatus('completed', null, 2025, '2024-12-31')).toBe('achieved')
    expect(milestoneProgressStatus('on_track', 60, 2025, '2024-12-31')).toBe('on_track')
    expect(milestoneProgressStatus('on_track', 100, 2025, '2024-12-31')).toBe('achieved')
    expect(milestoneProgressStatus('delayed', 20, 2025, '2024-12-31')).toBe('at_risk')
    expect(milestoneProgressStatus('not_started', null, 2025, '2024-12-31')).toBe('no_data')
    expect(milestoneProgressStatus('not_started', null, 2024, '2025-03-31')).toBe('off_track')
    expect(milestoneProgressStatus('cancelled', null, 2025, '2024-12-31')).toBe('cancelled')
    expect(countStatuses(['achieved', 'cancelled', 'at_risk', 'at_risk'])).toEqual({ achieved: 1, on_track: 0, at_risk: 2, off_track: 0, no_data: 0, cancelled: 1, total: 3 })
  })

  it('reads thresholds from the environment, with documented defaults', () => {
    expect(progressThresholdsFromEnv({})).toEqual({ onTrack: 0.9, atRisk: 0.7 })
    expect(progressThresholdsFromEnv({ TIDTAM_PROGRESS_ON_TRACK: '0.95', TIDTAM_PROGRESS_AT_RISK: '0.5' })).toEqual({ onTrack: 0.95, atRisk: 0.5 })
    const strict = { onTrack: 0.95, atRisk: 0.8 }
    expect(quantitativeProgress(t({}), 154, '2023-12-31', strict).status).toBe('at_risk')
    expect(() => progressThresholdsFromEnv({ TIDTAM_PROGRESS_ON_TRACK: '0.5', TIDTAM_PROGRESS_AT_RISK: '0.6' })).toThrow(/must not exceed/)
    expect(() => progressThresholdsFromEnv({ TIDTAM_PROGRESS_ON_TRACK: 'high' })).toThrow(/numbers/)
  })
})
