/// <reference types="vite/client" />
// The boundaries are a file of their own (cached by the browser), fetched only when the map is drawn.
import geoUrl from '../../../data/geo/provinces.geojson?url'
import { provinceShapes, type ProvinceGeo, type ProvinceShapes } from '../../../common/geo/province-shapes'

let loading: Promise<ProvinceShapes> | null = null
let loaded: ProvinceShapes | null = null

/** The shapes once fetched, so a second map (or a return to the page) draws without waiting. */
export const loadedProvinceShapes = (): ProvinceShapes | null => loaded

/** Fetches the province boundaries once and projects them into SVG paths (the server's first paint draws the same). */
export function loadProvinceShapes(): Promise<ProvinceShapes> {
  loading ??= fetch(geoUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`provinces.geojson: HTTP ${res.status}`)
      return res.json() as Promise<ProvinceGeo>
    })
    .then((geo) => (loaded = provinceShapes(geo)))
    .catch((err: unknown) => {
      loading = null
      throw err
    })
  return loading
}
