/**
 * Province boundaries as SVG paths, drawn the same way by the server (the dashboard's first paint) and by the web app:
 * a plain equirectangular projection with longitudes narrowed by the cosine of the middle latitude, which is close
 * enough over Laos (14°–22.5° N) and needs no map library.
 */
import { normalizeIso } from './choropleth.js'

type Position = number[]
export type ProvinceGeo = {
  features: { properties: { iso?: string; name_en?: string }; geometry: { type: string; coordinates: unknown } }[]
}
/** `centre`: the mean of the projected points, for ordering provinces north to south. */
export type ProvinceShape = { iso: string; nameEn: string; d: string; centre: [number, number] }
export type ProvinceShapes = { width: number; height: number; shapes: ProvinceShape[] }

const PAD = 4

/** Projects every Polygon/MultiPolygon feature into a box `width` wide; paths use relative moves with 1 decimal. */
export function provinceShapes(geo: ProvinceGeo, width = 480): ProvinceShapes {
  const rings = geo.features.map((f) => polygonsOf(f.geometry).flat())
  const points = rings.flat(2)
  if (!points.length) return { width, height: 0, shapes: [] }
  const lons = points.map((p) => p[0])
  const lats = points.map((p) => p[1])
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)]
  const narrow = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const scale = (width - 2 * PAD) / ((maxLon - minLon) * narrow || 1)
  const height = Math.round((maxLat - minLat) * scale + 2 * PAD)
  const project = (p: Position): [number, number] => [PAD + (p[0] - minLon) * narrow * scale, PAD + (maxLat - p[1]) * scale]
  const shapes = geo.features.map((f, i): ProvinceShape => {
    const projected = rings[i].map((ring) => ring.map(project))
    const all = projected.flat()
    const mean = (k: 0 | 1) => r1(all.reduce((a, p) => a + p[k], 0) / Math.max(1, all.length))
    return { iso: normalizeIso(f.properties.iso ?? ''), nameEn: f.properties.name_en ?? '', d: projected.map(ringPath).join(''), centre: [mean(0), mean(1)] }
  }).filter((s) => s.iso && s.d)
  return { width, height, shapes }
}

function polygonsOf(geometry: { type: string; coordinates: unknown }): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Position[][]]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Position[][][]
  return []
}

const r1 = (v: number) => Math.round(v * 10) / 10

/** One closed ring: an absolute first point, then relative steps on a 0.1 grid (repeated points dropped). */
function ringPath(points: [number, number][]): string {
  if (points.length < 3) return ''
  let [x, y] = [r1(points[0][0]), r1(points[0][1])]
  let d = `M${x} ${y}l`
  let steps = 0
  for (const [px, py] of points.slice(1)) {
    const [nx, ny] = [r1(px), r1(py)]
    const [dx, dy] = [r1(nx - x), r1(ny - y)]
    if (dx === 0 && dy === 0) continue
    d += `${steps ? ' ' : ''}${dx} ${dy}`
    ;[x, y] = [nx, ny]
    steps++
  }
  return steps >= 2 ? `${d}z` : ''
}
