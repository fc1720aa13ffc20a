import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { colorOf, MAP_RAMP, mapPieces, NO_DATA_HEX, normalizeIso } from './choropleth'
import { provinceMapView } from './province-map-view'
import { provinceShapes, type ProvinceGeo } from './province-shapes'

const geo = JSON.parse(fs.readFileSync(new URL('../../data/geo/provinces.geojson', import.meta.url), 'utf8')) as ProvinceGeo
const fmt = (v: number, digits = 1) => String(Number(v.toFixed(digits))).replace('.', ',')

/** The absolute points of a path written by ringPath (M x y l dx dy … z, possibly several rings). */
function pointsOf(d: string): [number, number][] {
  const out: [number, number][] = []
  for (const ring of d.split('z').filter(Boolean)) {
    const [move, steps] = ring.slice(1).split('l')
    let [x, y] = move.split(' ').map(Number)
    out.push([x, y])
    const n = steps.trim().split(' ').map(Number)
    for (let i = 0; i < n.length; i += 2) {
      x += n[i]
      y += n[i + 1]
      out.push([x, y])
    }
  }
  return out
}

describe('province shapes', () => {
  const map = provinceShapes(geo, 480)

  it('draws all 18 provinces with the codes the app uses, inside the box', () => {
    expect(map.shapes).toHaveLength(18)
    expect(map.shapes.map((s) => s.iso)).toContain('LA-XS')
    expect(map.shapes.map((s) => s.iso)).not.toContain('LA-XN')
    // Laos spans ~7.6° of longitude and ~8.6° of latitude; narrowed by cos 18°, the box is taller than wide.
    expect(map.height).toBeGreaterThan(480)
    expect(map.height).toBeLessThan(600)
    for (const s of map.shapes) {
      const pts = pointsOf(s.d)
      expect(pts.length).toBeGreaterThan(10)
      for (const [x, y] of pts) {
        expect(x).toBeGreaterThanOrEqual(3.5)
        expect(x).toBeLessThanOrEqual(476.5)
        expect(y).toBeGreaterThanOrEqual(3.5)
        expect(y).toBeLessThanOrEqual(map.height - 3.5)
      }
    }
  })

  it('puts north at the top and west on the left', () => {
    const centre = (iso: string) => {
      const pts = pointsOf(map.shapes.find((s) => s.iso === iso)!.d)
      return [pts.reduce((a, p) => a + p[0], 0) / pts.length, pts.reduce((a, p) => a + p[1], 0) / pts.length]
    }
    const [phongsaly, attapeu, sayabouly, savannakhet] = ['LA-PH', 'LA-AT', 'LA-XA', 'LA-SV'].map(centre)
    expect(phongsaly[1]).toBeLessThan(attapeu[1])
    expect(sayabouly[0]).toBeLessThan(savannakhet[0])
    // The centre each shape carries is the same mean, to the grid's precision.
    const vt = map.shapes.find((s) => s.iso === 'LA-SV')!
    expect(vt.centre[0]).toBeCloseTo(savannakhet[0], 0)
    expect(vt.centre[1]).toBeCloseTo(savannakhet[1], 0)
  })

  it('keeps a first point exact and the relative steps from drifting', () => {
    const feature = geo.features.find((f) => f.properties.iso === 'LA-VT')!
    const ring = (feature.geometry.coordinates as number[][][])[0]
    const alone = provinceShapes({ features: [feature] }, 200)
    const pts = pointsOf(alone.shapes[0].d)
    // The ring closes on its first point: after hundreds of rounded steps the path ends within 0.1 of where it began.
    expect(ring[0]).toEqual(ring[ring.length - 1])
    expect(Math.abs(pts[pts.length - 1][0] - pts[0][0])).toBeLessThan(0.11)
    expect(Math.abs(pts[pts.length - 1][1] - pts[0][1])).toBeLessThan(0.11)
  })

  it('draws nothing for an empty collection or a geometry it does not know', () => {
    expect(provinceShapes({ features: [] }).shapes).toEqual([])
    expect(provinceShapes({ features: [{ properties: { iso: 'LA-VT' }, geometry: { type: 'Point', coordinates: [102, 18] } }] }).shapes).toEqual([])
  })
})

describe('province map colours and words', () => {
  it('maps Xaisomboun’s old code to the one the app uses', () => {
    expect(normalizeIso('LA-XN')).toBe('LA-XS')
    expect(normalizeIso('LA-VT')).toBe('LA-VT')
  })

  it('bins values light to dark, one bin when all are equal, none without values', () => {
    const pieces = mapPieces([10, 20, 30, 40, 50, 60], fmt)
    expect(pieces).toHaveLength(5)
    expect(pieces[0]).toMatchObject({ min: 10, color: MAP_RAMP[0] })
    expect(pieces[4]).toMatchObject({ max: 60, color: MAP_RAMP[4] })
    expect(mapPieces([7, 7], fmt)).toEqual([{ min: 7, max: 7, label: '7', color: MAP_RAMP[3] }])
    expect(mapPieces([1, 2], fmt).map((p) => p.label)).toEqual(['1 – 1,5', '1,5 – 2'])
    // Wide bins need no decimals; narrow ones as many as it takes for neighbouring bounds to differ.
    expect(mapPieces([10, 60], fmt).map((p) => p.label)).toEqual(['10 – 35', '35 – 60'])
    const narrow = mapPieces([53.2, 54, 55.1, 56.3, 57.1], fmt).map((p) => p.label)
    expect(narrow).toEqual(['53,2 – 54', '54 – 54,8', '54,8 – 55,5', '55,5 – 56,3', '56,3 – 57,1'])
    expect(mapPieces([], fmt)).toEqual([])
  })

  it('colours the lowest and highest value with the ends of the ramp and a missing value grey', () => {
    const pieces = mapPieces([10, 20, 30, 40, 50, 60], fmt)
    expect(colorOf(10, pieces)).toBe(MAP_RAMP[0])
    expect(colorOf(60, pieces)).toBe(MAP_RAMP[4])
    expect(colorOf(20, pieces)).toBe(MAP_RAMP[1])
    expect(colorOf(null, pieces)).toBe(NO_DATA_HEX)
  })

  it('colours provinces with values, leaves the rest grey, and names them with their value and reports', () => {
    const shapes = provinceShapes(geo)
    const words = {
      nameOf: (iso: string) => ({ 'LA-VT': 'ນະຄອນຫຼວງວຽງຈັນ', 'LA-XS': 'ແຂວງໄຊສົມບູນ' } as Record<string, string>)[iso] ?? iso,
      formatNumber: fmt,
      unit: '%',
      noData: 'ບໍ່ມີຂໍ້ມູນ',
      reports: (n: number) => `${n} ລາຍງານ`,
    }
    const { areas, pieces } = provinceMapView(shapes, [{ iso: 'LA-VT', value: 82.5, reports: 3 }, { iso: 'LA-XN', value: 40, reports: 1 }, { iso: 'LA-LP', value: null, reports: 0 }], words)
    expect(pieces).toHaveLength(2)
    expect(areas).toHaveLength(18)
    const vt = areas.find((a) => a.iso === 'LA-VT')!
    expect(vt).toMatchObject({ name: 'ນະຄອນຫຼວງວຽງຈັນ', valueText: '82,5 % · 3 ລາຍງານ', fill: MAP_RAMP[4] })
    expect(areas.find((a) => a.iso === 'LA-XS')).toMatchObject({ valueText: '40 % · 1 ລາຍງານ', fill: MAP_RAMP[0] })
    expect(areas.find((a) => a.iso === 'LA-LP')).toMatchObject({ valueText: 'ບໍ່ມີຂໍ້ມູນ', fill: NO_DATA_HEX })
    expect(areas.filter((a) => a.fill === NO_DATA_HEX)).toHaveLength(16)
    expect(provinceMapView(shapes, [], words).pieces).toEqual([])
  })
})
