import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { openTestDatabase, FIXTURE_PLAN } from '../../test-support/test-database.js'
import { loadPlanPackage } from './load-plan.js'
import { getOverview } from '../plans/get-overview.js'
import type { Database } from '../../platform/db/open-database.js'

let database: Database

async function snapshot(db: Database['db']) {
  const tables = ['org_units', 'plans', 'framework_nodes', 'targets', 'indicators', 'indicator_values', 'projects', 'legal_instruments', 'stat_tables', 'stat_series', 'stat_values', 'findings', 'search_documents', 'plan_source_lines', 'target_links']
  const out: Record<string, string> = {}
  for (const t of tables) {
    const cols = t === 'plans' ? `id, code, name_lo, meta, content_hash` : '*'
    const r = await sql<{ j: string }>`select coalesce(json_agg(x order by x::text), '[]')::text as j from (select ${sql.raw(cols)} from ${sql.table(t)}) x`.execute(db)
    out[t] = r.rows[0].j
  }
  return out
}

beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(async () => database?.close())

describe('loading a plan package', () => {
  it('loads every part of the fixture plan and reports it in the overview', async () => {
    const r = await loadPlanPackage(database.db, FIXTURE_PLAN)
    expect(r.status).toBe('loaded')
    const o = await getOverview(database.db, 'MINI-2021-2025')
    expect(o.nodes.programme).toEqual({ total: 3, missing: 1 })
    expect(o.targets.byKind).toEqual({ quantitative: 3, milestone: 2 })
    expect(o.missing.map((m) => m.code)).toEqual(['P02', 'FP1-PJ02b'])
    const kip = o.projects.byFunding.find((x) => x.currency === 'LAK_M')!
    const usd = o.projects.byFunding.find((x) => x.currency === 'USD')!
    expect([kip.count, kip.amount, usd.count, usd.amount]).toEqual([3, 2100, 1, 500000])
  })

  it('changes nothing when loaded again, even when forced to re-apply every row', async () => {
    const before = await snapshot(database.db)
    expect((await loadPlanPackage(database.db, FIXTURE_PLAN)).status).toBe('unchanged')
    expect((await loadPlanPackage(database.db, FIXTURE_PLAN, { force: true })).status).toBe('loaded')
    expect(await snapshot(database.db)).toEqual(before)
  })

  it('records the document inconsistencies it can detect, each with both figures and source lines', async () => {
    const rows = await database.db.selectFrom('findings').selectAll().orderBy('code').execute()
    const byCode = Object.fromEntries(rows.map((f) => [f.code, f]))
    expect(byCode['CONTRA-OT01-P01-T01']).toMatchObject({ kind: 'contradictory_targets', figure_a: '150000', src_a: '14', figure_b: '15000', src_b: '10' })
    expect(byCode['SUM-PROJECTS-FP1']).toMatchObject({ figure_a: '2000', src_a: '19', figure_b: '2100' })
    expect(byCode['SUM-SER-1-2020']).toMatchObject({ figure_a: '21', figure_b: '20' })
    expect(byCode['SUM-SER-1-2019']).toBeUndefined()
    expect(byCode['DUP-PROJECTS-FP1-2']).toMatchObject({ kind: 'duplicate_number' })
    expect(byCode['SKIP-LEGISLATION-LAW-2']).toMatchObject({ kind: 'skipped_number' })
    expect(byCode['PERIOD-FP1-PJ02']).toMatchObject({ kind: 'odd_period' })
    expect(byCode['BELOW-P01-T02']).toMatchObject({ figure_a: '80', figure_b: '82' })
    expect(byCode['BELOW-IND-FEMALE-INTERNET']).toMatchObject({ figure_a: '80', figure_b: '82' })
    // stated "over 2 billion kip" holds for 2,100 million kip: no finding
    expect(rows.some((f) => f.code.startsWith('STATED-INVESTMENT'))).toBe(false)
  })

  it('gives every loaded item a source line, except reference data', async () => {
    for (const t of ['framework_nodes', 'targets', 'projects', 'legal_instruments', 'stat_series', 'indicators'] as const) {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)} where src is null`.execute(database.db)
      expect(r.rows[0].n, t).toBe(0)
    }
    const units = await database.db.selectFrom('org_units').select(['code', 'src', 'is_reference']).execute()
    expect(units.filter((u) => !u.is_reference && !u.src)).toEqual([])
  })
})
