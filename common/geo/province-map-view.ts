/** What the province map draws for one indicator: each area's path, colour and words, and the legend's bins. */
import { colorOf, mapPieces, normalizeIso, type Piece } from './choropleth.js'
import type { ProvinceShapes } from './province-shapes.js'

export type MapProvince = { iso: string; value: number | null; reports: number }
export type MapArea = { iso: string; d: string; fill: string; name: string; valueText: string }
export type MapWords = {
  nameOf: (iso: string) => string
  /** `digits`: at most this many decimals (the legend's bounds); without it, the value's own. */
  formatNumber: (v: number, digits?: number) => string
  unit: string
  noData: string
  reports: (count: number) => string
}

export function provinceMapView(shapes: ProvinceShapes, provinces: MapProvince[], words: MapWords): { areas: MapArea[]; pieces: Piece[] } {
  const byIso = new Map(provinces.map((p) => [normalizeIso(p.iso), p]))
  const values = [...byIso.values()].flatMap((p) => (p.value === null ? [] : [p.value]))
  const pieces = mapPieces(values, words.formatNumber)
  const areas = shapes.shapes.map((s) => {
    const p = byIso.get(s.iso)
    const value = p && p.value !== null ? `${words.formatNumber(p.value)} ${words.unit}`.trim() : words.noData
    const reports = p?.reports ? ` · ${words.reports(p.reports)}` : ''
    return { iso: s.iso, d: s.d, fill: colorOf(p?.value ?? null, pieces), name: words.nameOf(s.iso), valueText: value + reports }
  })
  return { areas, pieces }
}
