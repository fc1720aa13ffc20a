import { describe, expect, it } from 'vitest'
import { progressFigure, windowParts } from './progress-window.js'
import type { Measure } from './measure.js'

const ids = (planStart: number, end: string) => windowParts(planStart, end).map((p) => p.id)

describe('the window a target is judged over', () => {
  it('tiles plan start → period end with whole years, then the longest periods of the last year', () => {
    expect(ids(2021, '2025-12-31')).toEqual(['2021', '2022', '2023', '2024', '2025'])
    expect(ids(2021, '2023-09-30')).toEqual(['2021', '2022', '2023N9'])
    expect(ids(2021, '2023-11-30')).toEqual(['2021', '2022', '2023N9', '2023-10', '2023-11'])
    expect(ids(2021, '2021-08-31')).toEqual(['2021S1', '2021-07', '2021-08'])
    expect(ids(2021, '2021-05-31')).toEqual(['2021Q1', '2021-04', '2021-05'])
    expect(ids(2021, '2021-02-28')).toEqual(['2021-01', '2021-02'])
    expect(ids(2021, '2020-12-31')).toEqual([])
  })

  it('adds up sums since the start of the plan and takes rates and stocks from the latest year with data', () => {
    const parts = windowParts(2021, '2023-08-31')
    const m = (valueSum: number, valueCount: number, lastSum = 0): Measure => ({ valueSum, valueCount, lastSum })
    const data: Record<string, Measure> = { 2021: m(10, 2, 6), 2022: m(20, 4, 7), '2023S1': m(6, 2, 3), '2023-07': m(5, 1, 5) }
    const of = (id: string) => data[id]
    expect(progressFigure(parts, of, 'sum', false)).toEqual({ value: 41, period: '2021..2023-08', reports: 9 })
    expect(progressFigure(parts, of, 'average', false)).toEqual({ value: 11 / 3, period: '2023S1..2023-08', reports: 3 })
    expect(progressFigure(parts, of, 'last', false)).toEqual({ value: 5, period: '2023-07', reports: 1 })
    expect(progressFigure(parts, of, 'sum', true)).toEqual({ value: 11, period: '2023S1..2023-08', reports: 3 })
    expect(progressFigure(parts, () => undefined, 'sum', false)).toEqual({ value: null, period: null, reports: 0 })
  })
})
