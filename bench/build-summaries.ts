/**
 * Rebuilds the summary tables of the benchmark database from its approved reports (part of bench:generate; run alone
 * after changing the analytics code): npm run bench:summaries [-- --pglite]
 */
import { sql, type Kysely } from 'kysely'
import type { DB } from '../server/platform/db/schema.js'
import { rebuildAnalytics } from '../server/features/analytics/rebuild-analytics.js'
import { benchTarget, openBenchDatabase, seconds, type BenchTarget } from './bench-database.js'

export async function buildSummaries(db: Kysely<DB>, target: BenchTarget): Promise<void> {
  const t = performance.now()
  const built = await rebuildAnalytics(db, {
    workMem: target.kind === 'postgres' ? '1GB' : '256MB',
    onProgress: (done, of) => process.stdout.write(`\r  summaries: ${done}/${of} element groups, ${seconds(t)} s`),
  })
  process.stdout.write('\n')
  await sql`analyze analytics_cells`.execute(db)
  console.log(`  summaries: ${seconds(t)} s (${built.cells.toLocaleString('en')} rows from ${built.countedReports.toLocaleString('en')} approved reports)`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = benchTarget(process.argv.slice(2))
  const database = await openBenchDatabase(target)
  try {
    await buildSummaries(database.db, target)
  } finally {
    await database.close()
  }
}
