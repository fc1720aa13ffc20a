// Simplify the geoBoundaries ADM1 polygons of Lao PDR for the map (data/geo/provinces.geojson).
// Plain Node ESM, no dependencies. Douglas-Peucker, topology-aware: vertices where the set of provinces sharing a
// boundary changes are kept fixed and each stretch between them is simplified the same way in both neighbouring
// provinces, so shared borders stay identical (no gaps or slivers). Coordinates are rounded to 4 decimals.
//
// How it was run (from the repository root):
//   node scripts/simplify-geo.mjs /work/shared/geo/lao-adm1.geoboundaries.geojson data/geo/provinces.geojson 0.006
// arguments: <input geojson> <output geojson> [tolerance in degrees, default 0.006]
import { readFileSync, writeFileSync } from 'node:fs'

const [input, output, tolArg] = process.argv.slice(2)
if (!input || !output) {
  console.error('usage: node scripts/simplify-geo.mjs <input.geojson> <output.geojson> [tolerance]')
  process.exit(2)
}
const tolerance = Number(tolArg ?? 0.006)

// geoBoundaries still carries the pre-2015 ISO code of Xaisomboun; ISO 3166-2:LA uses LA-XS today.
const ISO_FIX = { 'LA-XN': 'LA-XS' }

const src = JSON.parse(readFileSync(input, 'utf8'))
const key = (p) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`

// All rings of a geometry as [polygonIndex][ringIndex] -> points.
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [])

// Which features use each vertex.
const users = new Map()
src.features.forEach((f, fi) => {
  for (const poly of polygonsOf(f.geometry)) for (const ring of poly) for (const p of ring) {
    const k = key(p)
    if (!users.has(k)) users.set(k, new Set())
    users.get(k).add(fi)
  }
})
const sig = (p) => [...users.get(key(p))].sort((a, b) => a - b).join('|')

function perpDist(p, a, b) {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  if (dx === 0 && dy === 0) return Math.hypot(p[0] - a[0], p[1] - a[1])
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))
}

function douglasPeucker(pts, tol) {
  if (pts.length <= 2) return pts.slice()
  const keep = new Uint8Array(pts.length)
  keep[0] = keep[pts.length - 1] = 1
  const stack = [[0, pts.length - 1]]
  while (stack.length) {
    const [i, j] = stack.pop()
    let best = -1
    let bestD = 0
    for (let k = i + 1; k < j; k++) {
      const d = perpDist(pts[k], pts[i], pts[j])
      if (d > bestD) { bestD = d; best = k }
    }
    if (best >= 0 && bestD > tol) {
      keep[best] = 1
      stack.push([i, best], [best, j])
    }
  }
  return pts.filter((_, i) => keep[i])
}

// Simplify a stretch the same way whichever direction a ring walks it.
function simplifyStretch(pts, tol) {
  const a = key(pts[0])
  const b = key(pts[pts.length - 1])
  const reverse = a > b || (a === b && key(pts[1] ?? pts[0]) > key(pts[pts.length - 2] ?? pts[0]))
  if (!reverse) return douglasPeucker(pts, tol)
  return douglasPeucker(pts.slice().reverse(), tol).reverse()
}

function simplifyRing(ring, tol) {
  const pts = ring.slice(0, -1) // open ring
  const n = pts.length
  // fixed vertices: where the set of provinces using the vertex differs from a neighbour's
  const fixed = []
  for (let i = 0; i < n; i++) {
    const s = sig(pts[i])
    if (s !== sig(pts[(i - 1 + n) % n]) || s !== sig(pts[(i + 1) % n]) || users.get(key(pts[i])).size > 2) fixed.push(i)
  }
  if (fixed.length < 2) {
    // no junctions (an island or a ring entirely on one border): anchor on the first and the farthest vertex
    let far = 0
    let farD = -1
    for (let i = 1; i < n; i++) {
      const d = Math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1])
      if (d > farD) { farD = d; far = i }
    }
    fixed.splice(0, fixed.length, 0, far)
  }
  const out = []
  for (let f = 0; f < fixed.length; f++) {
    const i = fixed[f]
    const j = fixed[(f + 1) % fixed.length]
    const stretch = []
    for (let k = i; ; k = (k + 1) % n) {
      stretch.push(pts[k])
      if (k === j && stretch.length > 1) break
    }
    const s = simplifyStretch(stretch, tol)
    out.push(...s.slice(0, -1))
  }
  return out
}

const round = (v) => Math.round(v * 1e4) / 1e4

function finishRing(openPts) {
  const r = []
  for (const p of openPts) {
    const q = [round(p[0]), round(p[1])]
    const last = r[r.length - 1]
    if (!last || last[0] !== q[0] || last[1] !== q[1]) r.push(q)
  }
  while (r.length > 1 && r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]) r.pop()
  if (r.length < 3) return null
  r.push([r[0][0], r[0][1]])
  return r
}

const features = src.features.map((f) => {
  const polys = polygonsOf(f.geometry)
    .map((poly) => poly.map((ring) => finishRing(simplifyRing(ring, tolerance))).filter((r, i) => r !== null || i > 0))
    .filter((poly) => poly.length && poly[0] !== null)
    .map((poly) => poly.filter((r) => r !== null))
  const iso = ISO_FIX[f.properties.shapeISO] ?? f.properties.shapeISO
  return {
    type: 'Feature',
    properties: { iso, name_en: f.properties.shapeName },
    geometry: polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys },
  }
})

const text = '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n'
writeFileSync(output, text)
const points = features.reduce((s, f) => s + polygonsOf(f.geometry).flat().reduce((t, r) => t + r.length, 0), 0)
console.log(`${features.length} features, ${points} points, ${text.length} bytes → ${output}`)
