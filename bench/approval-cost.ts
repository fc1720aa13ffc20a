/**
 * What keeping the summaries current costs one approval: refreshReportAggregates for submitted demo reports of the
 * benchmark database, each in a transaction that is rolled back (the dataset stays as generated).
 *   npx tsx bench/approval-cost.ts [--pglite] [--iterations N]
 */
import { argValue, benchTarget, openBenchDatabase } from './bench-database.js'
import { refreshReportAggregates } from '../server/features/analytics/refresh-report-aggregates.js'
import { percentile, timingTable, type Timing } from './latency.js'

const argv = process.argv.slice(2)
const target = benchTarget(argv)
const n = argValue(argv, 'iterations', 20)
const database = await openBenchDatabase(target)
const db = database.db
class Rollback extends Error {}
try {
  const reports = await db.selectFrom('reports').select(['id', 'period']).where('is_demo', '=', true).where('status', '=', 'submitted')
    .orderBy('id').limit(n).execute()
  const times: number[] = []
  for (const r of reports) {
    const t = performance.now()
    await db.transaction().execute(async (trx) => {
      await refreshReportAggregates(trx, r.id, true)
      times.push(performance.now() - t)
      throw new Rollback()
    }).catch((e) => { if (!(e instanceof Rollback)) throw e })
  }
  times.sort((a, b) => a - b)
  const row: Timing = { name: `approval refresh (${reports[0]?.period ?? '-'} …), rolled back`, n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] }
  console.log(`${target.kind}:\n` + timingTable([row]))
} finally {
  await database.close()
}
