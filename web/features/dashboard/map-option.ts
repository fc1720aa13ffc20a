/** The ECharts option for the province choropleth (pure, so it is tested without a browser). */
import { MAP_RAMP, NO_DATA_HEX } from './status-colors'

export const MAP_NAME = 'lao-provinces'

/** geoBoundaries gives Xaisomboun the withdrawn code LA-XN; ISO 3166-2:LA (and the app) use LA-XS. */
export const normalizeIso = (iso: string): string => (iso === 'LA-XN' ? 'LA-XS' : iso)

export type MapInput = {
  provinces: { iso: string; value: number | null; reports: number }[]
  nameOf: (iso: string) => string
  labels: { noData: string; unit: string; reports: (count: number) => string }
  formatNumber: (v: number) => string
  fontFamily: string
}

export type Piece = { min: number; max: number; label: string; color: string }

/** Up to five equal bins between the lowest and highest value, light to dark; one bin when all values are equal. */
export function mapPieces(values: number[], formatNumber: (v: number) => string): Piece[] {
  if (!values.length) return []
  const min = Math.min(...values)
  const max = Math.max(...values)
  if (min === max) return [{ min, max, label: formatNumber(min), color: MAP_RAMP[MAP_RAMP.length - 2] }]
  const n = Math.min(MAP_RAMP.length, values.length)
  const step = (max - min) / n
  return Array.from({ length: n }, (_, i) => {
    const lo = min + i * step
    const hi = i === n - 1 ? max : min + (i + 1) * step
    return { min: lo, max: hi, label: `${formatNumber(lo)} – ${formatNumber(hi)}`, color: MAP_RAMP[Math.round((i * (MAP_RAMP.length - 1)) / Math.max(1, n - 1))] }
  })
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function buildMapOption(input: MapInput) {
  const { nameOf, labels, formatNumber, fontFamily } = input
  const byIso = new Map(input.provinces.map((p) => [normalizeIso(p.iso), p]))
  const withValue = [...byIso.entries()].filter(([, p]) => p.value !== null)
  const pieces = mapPieces(withValue.map(([, p]) => p.value!), formatNumber)
  return {
    animation: false,
    aria: { enabled: true },
    textStyle: { fontFamily },
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily, fontSize: 13 },
      formatter: (p: { name: string }) => {
        const d = byIso.get(p.name)
        const value = d && d.value !== null ? `${formatNumber(d.value)} ${labels.unit}`.trim() : labels.noData
        const reports = d && d.reports ? ` · ${labels.reports(d.reports)}` : ''
        return `<strong>${escapeHtml(nameOf(p.name))}</strong><br/>${escapeHtml(value + reports)}`
      },
    },
    ...(pieces.length ? {
      visualMap: {
        type: 'piecewise',
        pieces: pieces.map((pc) => ({ min: pc.min, max: pc.max, label: pc.label, color: pc.color })),
        left: 0,
        bottom: 0,
        itemWidth: 16,
        itemHeight: 12,
        itemGap: 6,
        textStyle: { fontFamily, fontSize: 11 },
        selectedMode: false,
      },
    } : {}),
    series: [{
      type: 'map',
      map: MAP_NAME,
      nameProperty: 'iso',
      aspectScale: 0.95,
      top: 8,
      bottom: 8,
      roam: false,
      selectedMode: false,
      itemStyle: { areaColor: NO_DATA_HEX, borderColor: '#ffffff', borderWidth: 1 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd43b' } },
      label: { show: false },
      data: withValue.map(([iso, p]) => ({ name: iso, value: p.value })),
    }],
  }
}

/** The GeoJSON as loaded, with the province codes the app uses. */
export function normalizeGeo<T extends { features: { properties: { iso?: string } }[] }>(geo: T): T {
  for (const f of geo.features) if (f.properties.iso) f.properties.iso = normalizeIso(f.properties.iso)
  return geo
}
