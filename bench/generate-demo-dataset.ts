/**
 * Generates the synthetic national-scale demo dataset (labelled demo everywhere) and builds the summaries.
 *   npm run bench:generate                      PostgreSQL database tidtam_bench, 20 plans (≈10.7 M values)
 *   npm run bench:generate -- --pglite --plans 2   embedded database in .data/bench-pglite (≈1.1 M values)
 * Options: --plans N (default 20), --districts N (default 148).
 */
import { sql } from 'kysely'
import { argValue, benchTarget, openBenchDatabase, recreateBenchDatabase, seconds } from './bench-database.js'
import { loadPlanPackage } from '../server/features/plan-data/load-plan.js'
import { REAL_PLAN } from '../server/test-support/test-database.js'
import { buildSummaries } from './build-summaries.js'
import { createDemoPlans } from './demo-plans.js'
import { createDemoDistricts, createDemoProgress, createDemoReports, createDemoValues } from './demo-reports.js'

const argv = process.argv.slice(2)
const target = benchTarget(argv)
const plans = argValue(argv, 'plans', 20)
const districts = argValue(argv, 'districts', 148)

const started = performance.now()
await recreateBenchDatabase(target)
const database = await openBenchDatabase(target)
const db = database.db
const step = async (name: string, run: () => Promise<unknown>) => {
  const t = performance.now()
  const out = await run()
  console.log(`  ${name}: ${seconds(t)} s${typeof out === 'number' ? ` (${out.toLocaleString('en')})` : ''}`)
}
try {
  console.log(`Generating demo data on ${target.kind === 'postgres' ? target.url : target.dir}: ${plans} plans, ${districts} districts`)
  // The real plan brings the country, its 18 provinces (ISO codes for the map) and the ministry's units.
  await step('real plan (org units, provinces)', () => loadPlanPackage(db, REAL_PLAN))
  await step('demo districts', () => createDemoDistricts(db, districts))
  await step('demo plans, framework, indicators, elements, projects', () => createDemoPlans(db, plans))
  await step('reports', () => createDemoReports(db))
  // Bulk load: indexes are rebuilt once afterwards and foreign-key triggers skipped (the generator's rows are
  // consistent by construction); the summaries are then built from scratch.
  await sql`drop index data_values_element_period`.execute(db)
  await sql`drop index data_values_unit_element`.execute(db)
  await sql`set session_replication_role = replica`.execute(db)
  await step('data values', () => createDemoValues(db))
  await sql`set session_replication_role = origin`.execute(db)
  await step('indexes', async () => {
    await sql`create index data_values_element_period on data_values (data_element_id, period_start, org_unit_id)`.execute(db)
    await sql`create index data_values_unit_element on data_values (org_unit_id, data_element_id, period_start)`.execute(db)
  })
  await step('milestone and project progress', () => createDemoProgress(db))
  await step('analyze', () => sql`analyze`.execute(db))
  const counts = await sql<{ values: number; reports: number; units: number; plans: number }>`
    select (select count(*) from data_values)::bigint as values, (select count(*) from reports)::int as reports,
           (select count(*) from org_units)::int as units, (select count(*) from plans where is_demo)::int as plans`.execute(db)
  const c = counts.rows[0]
  console.log(`  → ${Number(c.values).toLocaleString('en')} data values, ${c.reports.toLocaleString('en')} reports, ${c.units} org units, ${c.plans} demo plans`)
  const generated = seconds(started)
  const t = performance.now()
  await buildSummaries(db, target)
  console.log(`Done: generation ${generated} s, summaries ${seconds(t)} s, total ${seconds(started)} s`)
} finally {
  await database.close()
}
