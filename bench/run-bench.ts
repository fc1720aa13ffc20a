/**
 * Latency of the dashboard endpoints through the real Fastify app (app.inject: routing, session, access check, zod
 * validation and serialisation included) and of the roll-up queries behind them, against the dataset made by
 * generate-demo-dataset.ts; then checks the dashboard's figures against a direct recomputation.
 *   npm run bench:run                 (PostgreSQL, tidtam_bench)     npm run bench:run -- --pglite
 * Options: --iterations N (default 40).
 */
import { sql } from 'kysely'
import { argValue, benchTarget, openBenchDatabase } from './bench-database.js'
import { createApp } from '../server/platform/http/create-app.js'
import { makeUser, signIn } from '../server/test-support/auth-helpers.js'
import { readMeasures } from '../server/features/analytics/read-measures.js'
import { measure, timingTable, type Timing } from './latency.js'
import { verifyFigures } from './verify-figures.js'
import { rawRollUp } from './raw-roll-up.js'

const argv = process.argv.slice(2)
const target = benchTarget(argv)
const n = argValue(argv, 'iterations', 40)
const database = await openBenchDatabase(target)
const db = database.db
const app = await createApp({ db, dbKind: database.kind, logLevel: 'silent', auth: { signInRateLimit: { max: 1_000_000, windowMs: 60_000 } } })
await app.ready()
try {
  const plans = (await db.selectFrom('plans').select('code').where('is_demo', '=', true).orderBy('code').execute()).map((p) => p.code)
  const values = await sql<{ n: string }>`select count(*) as n from data_values`.execute(db)
  const cells = await sql<{ n: string }>`select count(*) as n from analytics_cells`.execute(db)
  console.log(`${target.kind}: ${plans.length} demo plans, ${Number(values.rows[0].n).toLocaleString('en')} data values, ${Number(cells.rows[0].n).toLocaleString('en')} summary rows; ${n} requests per case`)
  for (const [name, grants] of [['bench-leader', [{ role: 'viewer' as const, unit: null }]], ['bench-province', [{ role: 'viewer' as const, unit: 'LA-VT' }]]] as const) {
    if (!(await db.selectFrom('users').select('id').where('username', '=', name).executeTakeFirst())) await makeUser(db, name, [...grants])
  }
  const leader = await signIn(app, 'bench-leader')
  const province = await signIn(app, 'bench-province')
  const plan = (i: number) => plans[i % plans.length]
  const get = (client: typeof leader, url: string) => async () => {
    const res = await client.request('GET', url)
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`)
  }

  const endpoints: Timing[] = []
  const cases: [string, typeof leader, (p: string) => string][] = [
    ['dashboard, national, whole plan', leader, (p) => `/api/v1/plans/${p}/dashboard`],
    ['dashboard, national, ?period=2024', leader, (p) => `/api/v1/plans/${p}/dashboard?period=2024`],
    ['dashboard, ?unit=LA-VT&period=2024Q3', leader, (p) => `/api/v1/plans/${p}/dashboard?unit=LA-VT&period=2024Q3`],
    ['dashboard, province viewer (scope LA-VT)', province, (p) => `/api/v1/plans/${p}/dashboard?period=2025`],
    ['dashboard, ?focusPlan=FP2&indicator=IND-03', leader, (p) => `/api/v1/plans/${p}/dashboard?focusPlan=FP2&indicator=IND-03`],
    ['drill-down values, element × LA-VT × 2024', leader, (p) => `/api/v1/plans/${p}/dashboard/values?element=DE-OT12&unit=LA-VT&period=2024`],
  ]
  for (const [name, client, url] of cases) endpoints.push(await measure(name, n, (i) => get(client, url(plan(i)))()))
  console.log('\nEndpoints (app.inject)\n' + timingTable(endpoints))

  // Roll-ups: one element's national figure for the whole plan, from the summaries, from raw values with the full
  // rules, and the floor: a plain sequential sum() over the same rows.
  const roots = (await db.selectFrom('org_units').select('id').where('parent_id', 'is', null).execute()).map((u) => u.id)
  const element = async (i: number) => (await db.selectFrom('data_elements as de').innerJoin('plans as p', 'p.id', 'de.plan_id')
    .select('de.id').where('p.code', '=', plan(i)).where('de.code', '=', 'DE-OT12').executeTakeFirstOrThrow()).id
  const elements = await Promise.all(plans.map((_, i) => element(i)))
  const planElements = async (i: number) => (await db.selectFrom('data_elements as de').innerJoin('plans as p', 'p.id', 'de.plan_id').select('de.id').where('p.code', '=', plan(i)).execute()).map((e) => e.id)
  const allOfPlan = await Promise.all(plans.map((_, i) => planElements(i)))
  const queries: Timing[] = []
  const rollupN = Math.max(10, Math.round(n / 2))
  queries.push(await measure('summary roll-up: 1 element, national, 2021-2025', n, (i) => readMeasures(db, { elementIds: [elements[i % elements.length]], unitIds: roots, periods: ['2021-2025'] }).then(() => {})))
  queries.push(await measure('summary roll-up: all elements of a plan × 5 years + plan, national', n, (i) => readMeasures(db, { elementIds: allOfPlan[i % allOfPlan.length], unitIds: roots, periods: ['2021', '2022', '2023', '2024', '2025', '2021-2025'] }).then(() => {})))
  queries.push(await measure('raw roll-up with the full rules: 1 element, national, 2021-2025', rollupN, (i) => rawRollUp(db, elements[i % elements.length], '2021-2025'), 1))
  queries.push(await measure('floor: plain sequential sum() over the same rows', rollupN, async (i) => {
    await db.transaction().execute(async (trx) => {
      await sql`set local enable_indexscan = off`.execute(trx)
      await sql`set local enable_bitmapscan = off`.execute(trx)
      await sql`select sum(value) from data_values where data_element_id = ${elements[i % elements.length]}`.execute(trx)
    })
  }, 1))
  console.log('\nRoll-up queries\n' + timingTable(queries))
  const floor = queries[3].p50
  console.log(`\nratio to the floor (p50): summary roll-up ${(queries[0].p50 / floor).toFixed(4)}, raw roll-up with rules ${(queries[2].p50 / floor).toFixed(2)}`)

  const check = await verifyFigures(db, leader, app, plans[0])
  console.log(`\nDashboard figures vs direct recomputation (${plans[0]})\n| figure | dashboard | direct |\n| --- | ---: | ---: |`)
  for (const r of check.rows) console.log(`| ${r.what} | ${r.dashboard} | ${r.direct} |`)
  console.log(check.ok ? '\nAll figures match.' : '\nMISMATCH between the dashboard and the direct recomputation.')
  if (!check.ok) process.exitCode = 1
} finally {
  await app.close()
  await database.close()
}
