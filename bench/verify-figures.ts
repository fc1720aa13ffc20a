import { sql, type Kysely } from 'kysely'
import type { DB } from '../server/platform/db/schema.js'
import type { App } from '../server/platform/http/create-app.js'
import type { Client } from '../server/test-support/auth-helpers.js'

type Check = { what: string; dashboard: number | null; direct: number | null }

/**
 * Figures the dashboard shows, against a recomputation straight from data_values written independently of the
 * analytics code (plain SQL per aggregation rule). Returns the rows printed; `ok` when every pair matches.
 */
export async function verifyFigures(db: Kysely<DB>, client: Client, _app: App, plan: string): Promise<{ rows: Check[]; ok: boolean }> {
  const rows: Check[] = []
  const base = `/api/v1/plans/${plan}/dashboard`
  const drill = async (element: string, unit: string, period: string) => {
    const res = await client.request('GET', `${base}/values?element=${element}&unit=${unit}&period=${period}&pageSize=1`)
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`)
    return res.json().figure.value as number | null
  }
  const counted = sql`r.status in ('approved', 'locked')`
  const inUnit = (unit: string) => sql`u.path like (select path from org_units where code = ${unit}) || '/%' or u.code = ${unit}`
  const scope = (element: string, unit: string, from: string, to: string) => sql`
    from data_values dv join reports r on r.id = dv.report_id join org_units u on u.id = dv.org_unit_id
    join data_elements de on de.id = dv.data_element_id join data_sets ds on ds.id = r.data_set_id join plans pl on pl.id = ds.plan_id
    where pl.code = ${plan} and de.code = ${element} and ${counted} and (${inUnit(unit)}) and dv.period_start >= ${from}::date and r.period_end <= ${to}::date and dv.value is not null`
  const one = async (q: ReturnType<typeof sql>) => {
    const r = await sql<{ v: string | null }>`${q}`.execute(db)
    return r.rows[0]?.v === null || r.rows[0]?.v === undefined ? null : Number(r.rows[0].v)
  }

  // sum, disaggregated (the total is the sum of both sexes), national, whole plan
  rows.push({ what: 'DE-OT12 sum (F+M), LAO, 2021-2025', dashboard: await drill('DE-OT12', 'LAO', '2021-2025'), direct: await one(sql`select sum(dv.value) as v ${scope('DE-OT12', 'LAO', '2021-01-01', '2025-12-31')}`) })
  // sum, one province, one quarter
  rows.push({ what: 'DE-OT14 sum, LA-VT, 2024Q3', dashboard: await drill('DE-OT14', 'LA-VT', '2024Q3'), direct: await one(sql`select sum(dv.value) as v ${scope('DE-OT14', 'LA-VT', '2024-07-01', '2024-09-30')}`) })
  // cumulative Jan–Sep
  rows.push({ what: 'DE-OT18 sum, LAO, 2023N9', dashboard: await drill('DE-OT18', 'LAO', '2023N9'), direct: await one(sql`select sum(dv.value) as v ${scope('DE-OT18', 'LAO', '2023-01-01', '2023-09-30')}`) })
  // average of every counted value
  rows.push({ what: 'DE-OT15 average, LAO, 2024', dashboard: await drill('DE-OT15', 'LAO', '2024'), direct: await one(sql`select avg(dv.value) as v ${scope('DE-OT15', 'LAO', '2024-01-01', '2024-12-31')}`) })
  // last: each unit's latest month in the period, added over units
  rows.push({
    what: 'DE-OT26 last, LA-LP, 2024', dashboard: await drill('DE-OT26', 'LA-LP', '2024'),
    direct: await one(sql`select sum(v) as v from (select distinct on (dv.org_unit_id) dv.value as v ${scope('DE-OT26', 'LA-LP', '2024-01-01', '2024-12-31')} order by dv.org_unit_id, dv.period_start desc) x`),
  })
  // annual reports supersede the months of the same unit and year (ten districts and every province report both)
  rows.push({
    what: 'DE-IND-01 sum, LAO, 2023 (annual supersedes monthly)', dashboard: await drill('DE-IND-01', 'LAO', '2023'),
    direct: await one(sql`select sum(dv.value) as v ${scope('DE-IND-01', 'LAO', '2023-01-01', '2023-12-31')}
      and (r.period = '2023' or not exists (select 1 from reports a join data_values av on av.report_id = a.id
        where a.org_unit_id = dv.org_unit_id and a.period = '2023' and av.data_element_id = dv.data_element_id and a.status in ('approved', 'locked')))`),
  })
  // what the dashboard judges a cumulative target on: everything since the plan began
  const res = await client.request('GET', base)
  const ot12 = (res.json().overallTargets as { code: string; actual: { value: number | null } | null }[]).find((t) => t.code === 'OT12')
  rows.push({ what: 'dashboard OT12 actual (cumulative), whole country', dashboard: ot12?.actual?.value ?? null, direct: rows[0].direct })

  const ok = rows.every((r) => r.dashboard !== null && r.direct !== null && Math.abs(r.dashboard - r.direct) <= 1e-6 * Math.max(1, Math.abs(r.direct)))
  return { rows, ok }
}
