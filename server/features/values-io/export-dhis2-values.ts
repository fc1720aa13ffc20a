import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { assertCan, scopeOf, type Principal } from '../../platform/auth/policy.js'
import { pathInScope } from '../../platform/auth/scope-filter.js'
import { AppError } from '../../platform/http/errors.js'
import { findOrgUnit } from '../orgunits/find-org-unit.js'
import { fromDhis2Period, toDhis2Period } from './dhis2-periods.js'
import { DEFAULT_COMBO, type Dhis2Value } from './dhis2-format.js'
import { resolveDataSet } from './resolve-data-set.js'

export type Dhis2ExportQuery = { plan?: string; dataSet: string; period?: string; orgUnit?: string; children?: boolean }

export const invalidDhis2Period = (id: string) =>
  new AppError(422, 'invalid_period', `${id} is not a DHIS2 period this system uses (e.g. 202403, 2024Q1, 2024S1, 2024)`, `${id} ບໍ່ແມ່ນໄລຍະແບບ DHIS2 ທີ່ລະບົບນີ້ໃຊ້ (ເຊັ່ນ 202403, 2024Q1, 2024S1, 2024)`)

/**
 * The saved values of one data set as a DHIS2 data value set, limited to the units the caller may read: the named
 * unit (with `children`, its whole subtree) or, without one, every unit in the caller's scope.
 */
export async function exportDhis2Values(db: Kysely<DB>, user: Principal, q: Dhis2ExportQuery) {
  const ds = await resolveDataSet(db, q.dataSet, q.plan)
  const period = q.period === undefined ? undefined : fromDhis2Period(q.period)
  if (period === null) throw invalidDhis2Period(q.period!)
  const unit = q.orgUnit ? await findOrgUnit(db, q.orgUnit) : null
  if (unit) assertCan(user, 'unit-data:read', { unitPath: unit.path })

  let query = db.selectFrom('data_values as v')
    .innerJoin('reports as r', 'r.id', 'v.report_id')
    .innerJoin('org_units as u', 'u.id', 'v.org_unit_id')
    .innerJoin('data_elements as e', 'e.id', 'v.data_element_id')
    .leftJoin('disaggregation_options as o', (j) => j.onRef('o.id', '=', 'v.option_id'))
    .leftJoin('users as author', 'author.id', 'v.updated_by')
    .select(['e.code as element', 'e.value_type', 'o.code as option', 'u.code as unit', 'v.period', 'v.value', 'v.text_value', 'v.comment', 'v.updated_at', 'author.username'])
    .where('r.data_set_id', '=', ds.id)
    .where(pathInScope('u.path', scopeOf(user, 'unit-data:read')))
  if (period) query = query.where('v.period', '=', period)
  if (unit) query = q.children ? query.where((eb) => eb.or([eb('u.id', '=', unit.id), eb('u.path', 'like', `${unit.path}/%`)])) : query.where('u.id', '=', unit.id)
  const rows = await query.orderBy('u.code').orderBy('v.period_start').orderBy('e.code').orderBy(sql`coalesce(o.code, '')`).execute()

  const dataValues: Dhis2Value[] = []
  for (const r of rows) {
    const dhis2Period = toDhis2Period(r.period)
    if (!dhis2Period) continue
    const value = r.value_type === 'text' ? r.text_value : r.value
    if (value === null) continue
    dataValues.push({
      dataElement: r.element, period: dhis2Period, orgUnit: r.unit, categoryOptionCombo: r.option ?? DEFAULT_COMBO, attributeOptionCombo: DEFAULT_COMBO,
      value: String(value), storedBy: r.username ?? 'system', lastUpdated: r.updated_at.toISOString(), comment: r.comment, followup: false,
    })
  }
  return {
    set: { dataSet: ds.code, ...(q.period ? { period: q.period } : {}), ...(unit && !q.children ? { orgUnit: unit.code } : {}), ...(ds.is_demo ? { demo: true } : {}), dataValues },
    isDemo: ds.is_demo,
    fileName: `${ds.is_demo ? 'DEMO-' : ''}${ds.planCode}-${ds.code}${q.period ? `-${q.period}` : ''}${unit ? `-${unit.code}` : ''}`,
  }
}
