import { describe, expect, it } from 'vitest'
import { buildTrendOption, targetPath, trendYears } from './trend-chart-option'

const base = {
  plan: { start: 2021, end: 2025 },
  labels: { history: 'ກ່ອນແຜນ', actual: 'ຕົວຈິງ', target: 'ຄາດໝາຍ 2025', unit: '%' },
  formatNumber: (v: number) => String(v).replace('.', ','),
  fontFamily: 'Noto Sans Lao',
}

describe('indicator trend chart option', () => {
  it('spans the history years and the plan up to the target year', () => {
    expect(trendYears({ ...base, history: [{ period: '2016', value: 1 }, { period: '2020', value: 2 }], actuals: [], target: { year: 2025, value: 5 } }))
      .toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
    expect(trendYears({ ...base, history: [], actuals: [], target: null })).toEqual([2021, 2022, 2023, 2024, 2025])
  })

  it('draws the dashed target path from the latest actual, else the latest history value', () => {
    const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025]
    const history = new Map([[2019, 75], [2020, 82]])
    expect(targetPath(years, history, new Map(), { year: 2025, value: 90 })).toEqual([null, 82, null, null, null, null, 90])
    expect(targetPath(years, history, new Map([[2022, 85], [2023, null]]), { year: 2025, value: 90 })).toEqual([null, null, null, 85, null, null, 90])
    expect(targetPath(years, history, new Map(), null)).toEqual(years.map(() => null))
  })

  it('has history, actual and a dashed target series with the target value labelled', () => {
    const o = buildTrendOption({ ...base, history: [{ period: '2020', value: 82.5 }], actuals: [{ period: '2021', value: 84 }], target: { year: 2025, value: 90 } })
    const [history, actual, target] = o.series as { name: string; data: (number | null)[]; lineStyle: { type?: string }; label?: { formatter: (p: { dataIndex: number; value: number | null }) => string } }[]
    expect(history.data).toEqual([82.5, null, null, null, null, null])
    expect(actual.data).toEqual([null, 84, null, null, null, null])
    expect(target.lineStyle.type).toBe('dashed')
    expect(target.data).toEqual([null, 84, null, null, null, 90])
    expect(target.label!.formatter({ dataIndex: 5, value: 90 })).toBe('90')
    expect(target.label!.formatter({ dataIndex: 1, value: 84 })).toBe('')
    expect((o.tooltip.valueFormatter as (v: unknown) => string)(82.5)).toBe('82,5 %')
  })

  it('leaves the target series out when the target has no value', () => {
    const o = buildTrendOption({ ...base, history: [], actuals: [], target: { year: 2025, value: null } })
    expect(o.series).toHaveLength(2)
  })
})
