import { describe, expect, it } from 'vitest'
import { buildChartOption, chartPeriods } from './chart-option'

const base = { labels: { actual: 'ຕົວຈິງ', target: 'ຄາດໝາຍ', unit: '%' }, formatNumber: (v: number) => new Intl.NumberFormat('lo-LA').format(v), fontFamily: 'Noto Sans Lao' }

describe('indicator chart option', () => {
  it('extends the year axis to the target year', () => {
    expect(chartPeriods([{ period: '2019', value: 75 }, { period: '2020', value: 82 }], { year: 2025, value: 80 })).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025'])
  })
  it('draws a dashed target path from the latest value to the target', () => {
    const o = buildChartOption({ ...base, values: [{ period: '2019', value: 75 }, { period: '2020', value: 82 }], target: { year: 2025, value: 80 } })
    const [actual, target] = o.series as { data: (number | null)[]; lineStyle?: { type: string } }[]
    expect(actual.data).toEqual([75, 82, null, null, null, null, null])
    expect(target.data).toEqual([null, 82, null, null, null, null, 80])
    expect(target.lineStyle?.type).toBe('dashed')
  })
  it('formats axis numbers in Lao', () => {
    const o = buildChartOption({ ...base, values: [{ period: '2020', value: 97860 }], target: null })
    expect((o.yAxis.axisLabel.formatter as (v: number) => string)(97860)).toBe('97.860')
    expect(o.series).toHaveLength(1)
  })
})
