import { describe, expect, it } from 'vitest'
import { buildMapOption, mapPieces, normalizeGeo, normalizeIso } from './map-option'
import { MAP_RAMP } from './status-colors'

const fmt = (v: number) => String(Math.round(v * 10) / 10).replace('.', ',')
const input = {
  nameOf: (iso: string) => ({ 'LA-VT': 'ນະຄອນຫຼວງວຽງຈັນ', 'LA-XS': 'ແຂວງໄຊສົມບູນ', 'LA-LP': 'ແຂວງຫຼວງພະບາງ' } as Record<string, string>)[iso] ?? iso,
  labels: { noData: 'ບໍ່ມີຂໍ້ມູນ', unit: '%', reports: (n: number) => `${n} ລາຍງານ` },
  formatNumber: fmt,
  fontFamily: 'Noto Sans Lao',
}

describe('province map option', () => {
  it('maps Xaisomboun’s old code to the one the app uses', () => {
    expect(normalizeIso('LA-XN')).toBe('LA-XS')
    expect(normalizeIso('LA-VT')).toBe('LA-VT')
    const geo = normalizeGeo({ features: [{ properties: { iso: 'LA-XN' } }, { properties: { iso: 'LA-VT' } }] })
    expect(geo.features.map((f) => f.properties.iso)).toEqual(['LA-XS', 'LA-VT'])
  })

  it('bins values light to dark, one bin when all are equal, none without values', () => {
    const pieces = mapPieces([10, 20, 30, 40, 50, 60], fmt)
    expect(pieces).toHaveLength(5)
    expect(pieces[0]).toMatchObject({ min: 10, color: MAP_RAMP[0] })
    expect(pieces[4]).toMatchObject({ max: 60, color: MAP_RAMP[4] })
    expect(mapPieces([7, 7], fmt)).toEqual([{ min: 7, max: 7, label: '7', color: MAP_RAMP[3] }])
    expect(mapPieces([1, 2], fmt).map((p) => p.label)).toEqual(['1 – 1,5', '1,5 – 2'])
    expect(mapPieces([], fmt)).toEqual([])
  })

  it('colours provinces with values, leaves the rest grey, and names provinces in Lao on hover', () => {
    const o = buildMapOption({ ...input, provinces: [{ iso: 'LA-VT', value: 82.5, reports: 3 }, { iso: 'LA-XN', value: 40, reports: 1 }, { iso: 'LA-LP', value: null, reports: 0 }] })
    const series = o.series[0]
    expect(series.type).toBe('map')
    expect(series.nameProperty).toBe('iso')
    expect(series.data).toEqual([{ name: 'LA-VT', value: 82.5 }, { name: 'LA-XS', value: 40 }])
    expect(o.visualMap?.pieces).toHaveLength(2)
    expect(o.tooltip.formatter({ name: 'LA-VT' })).toBe('<strong>ນະຄອນຫຼວງວຽງຈັນ</strong><br/>82,5 % · 3 ລາຍງານ')
    expect(o.tooltip.formatter({ name: 'LA-LP' })).toBe('<strong>ແຂວງຫຼວງພະບາງ</strong><br/>ບໍ່ມີຂໍ້ມູນ')
  })

  it('draws a map without a legend when no province has a value', () => {
    const o = buildMapOption({ ...input, provinces: [{ iso: 'LA-VT', value: null, reports: 0 }] })
    expect(o.visualMap).toBeUndefined()
    expect(o.series[0].data).toEqual([])
  })
})
