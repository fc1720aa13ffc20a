import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { periodMapRelation, rollUpRows } from './period-map.js'
import { contributionsSql, seriesSql } from './unit-contributions.js'
import { unitsNeedingExactRules } from './units-needing-exact-rules.js'

export type RebuildOptions = {
  /** Rebuild only the summary rows of these units (after a move changed what lies below them). Default: everything. */
  unitIds?: number[]
  /** Memory for the sorts and hashes of this rebuild (PostgreSQL work_mem), e.g. '512MB'. */
  workMem?: string
  /** Called after each group of elements (progress of long rebuilds). */
  onProgress?: (done: number, of: number) => void
}
export type RebuildResult = { countedReports: number; cells: number }

/**
 * Recomputes the summaries from the reports' statuses and values with set-based SQL: at start when they are stale,
 * after bulk loads (the benchmark) and after an org unit moves. Day to day, refreshReportAggregates keeps them
 * current one report at a time; both follow the rules in unit-contributions.ts, and the tests check they agree.
 */
export function rebuildAnalytics(db: Kysely<DB>, opts: RebuildOptions = {}): Promise<RebuildResult> {
  return db.transaction().execute((trx) => rebuildAnalyticsIn(trx, opts))
}

/** The same inside the caller's transaction. */
export async function rebuildAnalyticsIn(trx: Kysely<DB>, opts: RebuildOptions = {}): Promise<RebuildResult> {
  // While rebuilding (restored after, for the rest of the caller's transaction): memory, no JIT compilation (seconds
  // per statement here), and hash aggregation rather than sorting millions of rows the planner underestimates.
  const before = await sql<{ w: string; j: string; s: string }>`select current_setting('work_mem') as w, current_setting('jit') as j, current_setting('enable_sort') as s`.execute(trx)
  const settings = (w: string, j: string, s: string) => sql`select set_config('work_mem', ${w}, true), set_config('jit', ${j}, true), set_config('enable_sort', ${s}, true)`.execute(trx)
  await settings(opts.workMem ?? '64MB', 'off', 'off')
  const result = await rebuild(trx, opts)
  await settings(before.rows[0].w, before.rows[0].j, before.rows[0].s)
  return result
}

async function rebuild(trx: Kysely<DB>, opts: RebuildOptions): Promise<RebuildResult> {
  const partial = opts.unitIds !== undefined
  if (!partial) await recountReports(trx)
  if (partial && !opts.unitIds!.length) return { countedReports: 0, cells: 0 }

  const below = partial
    ? sql<boolean>`dv.org_unit_id in (select d.id from org_units d join org_units a on d.path like a.path || '/%' where a.id = any(${opts.unitIds!}::int[]))`
    : sql<boolean>`true`
  const exactUnits = await unitsNeedingExactRules(trx)
  const periods = await sql<{ plan_period: string; period: string }>`
    select distinct pl.period_start || '-' || pl.period_end as plan_period, r.period
    from analytics_counted_reports c join reports r on r.id = c.report_id join plans pl on pl.id = c.plan_id`.execute(trx)
  await temp(trx, 'analytics_rebuild_map', sql`select * from ${periodMapRelation(periods.rows.flatMap((p) => rollUpRows(p.plan_period, p.period)))} m`)
  const onlyUnits = partial ? sql`where a.id = any(${opts.unitIds!}::int[])` : sql``
  await temp(trx, 'analytics_rebuild_ancestors', sql`
    select u.id as unit_id, a.id as ancestor_id from org_units u join org_units a on u.path like a.path || '/%' ${onlyUnits}`)

  if (partial) await trx.deleteFrom('analytics_cells').where('org_unit_id', 'in', opts.unitIds!).execute()
  else await sql`truncate analytics_cells`.execute(trx)
  // Elements never share a summary row, so they are rebuilt one plan's elements at a time: each step fits in memory.
  const chunks = await sql<{ ids: number[] }>`select array_agg(id order by id) as ids from data_elements group by coalesce(plan_id, 0) order by 1`.execute(trx)
  let cells = 0
  for (const [k, { ids }] of chunks.rows.entries()) {
    const values = sql<boolean>`${below} and dv.data_element_id = any(${ids}::int[])`
    await temp(trx, 'analytics_rebuild_series', seriesSql({ values, counted: sql<boolean>`c.report_id is not null` }))
    await temp(trx, 'analytics_rebuild_exact', sql`select * from analytics_rebuild_series where unit_id = any(${exactUnits}::int[])`)
    await sql`delete from analytics_rebuild_series where unit_id = any(${exactUnits}::int[])`.execute(trx)
    cells += await insertCells(trx)
    opts.onProgress?.(k + 1, chunks.rows.length)
  }
  const counted = await trx.selectFrom('analytics_counted_reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return { countedReports: Number(counted.n), cells }
}

/**
 * Summary rows from the series in the temporary tables. Units whose counted reports are all of one period type and
 * never two for one period cannot have superseded or duplicate values: their sums and counts are added up per
 * reported period first and then spread over the summary periods, and each one's latest value in a summary period is
 * found in one ordered pass (a value is the latest in every summary period that ends before the unit's next value).
 * The other units go through the full rules.
 */
async function insertCells(trx: Kysely<DB>): Promise<number> {
  const inserted = await sql`
    insert into analytics_cells (data_element_id, org_unit_id, period, option_id, period_start, period_end, value_sum, value_count, last_sum)
    select element_id, ancestor_id, target, option_id, target_start, target_end, sum(value_sum), sum(value_count), sum(last_sum)
    from (
      select g.ancestor_id, g.element_id, g.option_id, m.target, m.target_start, m.target_end, sum(g.value_sum) as value_sum, sum(g.value_count) as value_count, 0 as last_sum
      from (
        select anc.ancestor_id, s.element_id, s.option_id, s.period, s.plan_period, sum(s.value) as value_sum, count(*) as value_count
        from analytics_rebuild_series s join analytics_rebuild_ancestors anc on anc.unit_id = s.unit_id
        group by 1, 2, 3, 4, 5
      ) g join analytics_rebuild_map m on m.period = g.period and m.plan_period = g.plan_period
      group by 1, 2, 3, 4, 5, 6
      union all
      select anc.ancestor_id, n.element_id, n.option_id, m.target, m.target_start, m.target_end, 0, 0, sum(n.value)
      from (
        select unit_id, element_id, option_id, period, plan_period, value,
               lead(period_start) over (partition by unit_id, element_id, option_id order by period_start) as next_start
        from analytics_rebuild_series
      ) n
      join analytics_rebuild_map m on m.period = n.period and m.plan_period = n.plan_period and (n.next_start is null or n.next_start > m.target_end)
      join analytics_rebuild_ancestors anc on anc.unit_id = n.unit_id
      group by 1, 2, 3, 4, 5, 6
      union all
      select anc.ancestor_id, x.element_id, x.option_id, x.period, x.period_start, x.period_end, x.value_sum, x.value_count, x.last_value
      from (${contributionsSql('analytics_rebuild_exact', sql`analytics_rebuild_map`)}) x
      join analytics_rebuild_ancestors anc on anc.unit_id = x.unit_id
    ) parts
    group by element_id, ancestor_id, target, option_id, target_start, target_end`.execute(trx)
  return Number(inserted.numAffectedRows ?? 0)
}

async function temp(trx: Kysely<DB>, name: string, query: RawBuilder<unknown>) {
  await sql`drop table if exists ${sql.table(name)}`.execute(trx)
  await sql`create temp table ${sql.table(name)} on commit drop as ${query}`.execute(trx)
  await sql`analyze ${sql.table(name)}`.execute(trx)
}

/** The counted reports are exactly the approved and locked ones. */
async function recountReports(trx: Kysely<DB>) {
  await sql`truncate analytics_counted_reports, analytics_unit_reports`.execute(trx)
  await sql`
    insert into analytics_counted_reports (report_id, plan_id, org_unit_id, counted_at)
    select r.id, ds.plan_id, r.org_unit_id, coalesce(r.approved_at, r.locked_at, r.updated_at)
    from reports r join data_sets ds on ds.id = r.data_set_id
    where r.status in ('approved', 'locked')`.execute(trx)
  await sql`analyze analytics_counted_reports`.execute(trx)
  await sql`
    insert into analytics_unit_reports (plan_id, org_unit_id, approved_reports, last_approved_at)
    select plan_id, org_unit_id, count(*), max(counted_at) from analytics_counted_reports group by plan_id, org_unit_id`.execute(trx)
}
