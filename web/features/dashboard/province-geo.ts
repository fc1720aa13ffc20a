/// <reference types="vite/client" />
import { registerMap } from 'echarts/core'
// The boundaries are a file of their own (cached by the browser), fetched only when the map is drawn.
import geoUrl from '../../../data/geo/provinces.geojson?url'
import { MAP_NAME, normalizeGeo } from './map-option'

type Geo = { type: 'FeatureCollection'; features: { type: 'Feature'; properties: { iso?: string; name_en?: string }; geometry: unknown }[] }

let loading: Promise<void> | null = null

/** Fetches the province boundaries once and registers them with ECharts under MAP_NAME. */
export function loadProvinceGeo(): Promise<void> {
  loading ??= fetch(geoUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`provinces.geojson: HTTP ${res.status}`)
      return res.json() as Promise<Geo>
    })
    .then((geo) => { registerMap(MAP_NAME, normalizeGeo(geo) as unknown as Parameters<typeof registerMap>[1]) })
    .catch((err: unknown) => {
      loading = null
      throw err
    })
  return loading
}
