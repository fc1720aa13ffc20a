import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { provinceShapes, type ProvinceGeo, type ProvinceShapes } from '../../../../common/geo/province-shapes.js'

const GEO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/geo/provinces.geojson')
let shapes: ProvinceShapes | null | undefined

/** The product's own boundaries file, projected once (the web app projects the same file the same way); null if it cannot be read. */
export function provinceShapesOnDisk(): ProvinceShapes | null {
  if (shapes === undefined) {
    try {
      shapes = provinceShapes(JSON.parse(fs.readFileSync(GEO, 'utf8')) as ProvinceGeo)
    } catch {
      shapes = null
    }
  }
  return shapes
}
