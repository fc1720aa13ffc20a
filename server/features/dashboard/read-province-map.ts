import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { inScope, type Scope } from '../../platform/auth/policy.js'
import { readMeasures, combineRoots } from '../analytics/read-measures.js'
import type { UnitRow } from './dashboard-context.js'
import type { FigureSource } from './resolve-element-sources.js'
import { elementIdsOf } from './resolve-element-sources.js'
import { valueForPeriod } from './value-for-period.js'

/** Units that stand for a province on the map: those carrying an ISO 3166-2:LA code (LA-VT …). */
const PROVINCE_ISO = /^LA-[A-Z]{2}$/

/**
 * Each province's value for one period. A province wholly in scope is read as a whole; otherwise only the parts of
 * it inside the caller's scope count, and a province with none is left off the map.
 */
export async function readProvinceMap(db: Kysely<DB>, source: FigureSource | null, period: string, scope: Scope, roots: UnitRow[]) {
  const provinces = (await db.selectFrom('org_units').select(['id', 'code', 'path', 'name_lo', 'name_en', 'iso_code'])
    .where('iso_code', 'is not', null).orderBy('iso_code').execute()).filter((u) => PROVINCE_ISO.test(u.iso_code!))
  const parts = provinces.map((p) => ({
    province: p,
    roots: inScope(scope, p.path) ? [p.id] : roots.filter((r) => r.path.startsWith(`${p.path}/`)).map((r) => r.id),
  })).filter((p) => p.roots.length)
  if (!source || !parts.length) return parts.map((p) => ({ iso: p.province.iso_code!, unit: { code: p.province.code, name: { lo: p.province.name_lo, en: p.province.name_en } }, value: null, reports: 0 }))

  const measures = await readMeasures(db, { elementIds: elementIdsOf([source]), unitIds: [...new Set(parts.flatMap((p) => p.roots))], periods: [period] })
  return parts.map((p) => ({
    iso: p.province.iso_code!,
    unit: { code: p.province.code, name: { lo: p.province.name_lo, en: p.province.name_en } },
    ...valueForPeriod(source, period, (elementId, periodId) => combineRoots(measures, elementId, p.roots, periodId)),
  }))
}
