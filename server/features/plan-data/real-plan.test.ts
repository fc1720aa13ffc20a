import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { openTestDatabase, REAL_PLAN } from '../../test-support/test-database.js'
import { loadPlanPackage } from './load-plan.js'
import { readPlanPackage, type PlanPackage } from './read-package.js'
import { detectFindings } from './detect-findings.js'
import { KNOWN_STATED } from './find-stated-mismatches.js'
import { close, sum } from './finding.js'
import { getOverview, type Overview } from '../plans/get-overview.js'
import type { Database } from '../../platform/db/open-database.js'

// The plan as shipped: data/plans/mtc-2021-2025, extracted from the plan document.
let database: Database
let overview: Overview
let pkg: PlanPackage

beforeAll(async () => {
  database = await openTestDatabase()
  await loadPlanPackage(database.db, REAL_PLAN)
  overview = await getOverview(database.db, 'MTC-2021-2025')
  pkg = readPlanPackage(REAL_PLAN)
})
afterAll(async () => database?.close())

describe('plan III as loaded', () => {
  it('has 9 outcomes, 41 overall targets and 9 focus plans', () => {
    expect(overview.nodes.outcome.total).toBe(9)
    expect(overview.targets.byScope.overall).toBe(41)
    expect(overview.nodes.focus_plan.total).toBe(9)
  })

  it('has 56 programme slots of which exactly programmes 9, 10, 29–32 and 53–55 are missing', () => {
    expect(overview.nodes.programme).toEqual({ total: 56, missing: 9 })
    const missing = overview.missing.filter((m) => m.kind === 'programme').map((m) => m.no)
    expect(missing).toEqual([9, 10, 29, 30, 31, 32, 53, 54, 55])
  })

  it('keeps programme 11 with its targets and no title', async () => {
    const p11 = await database.db.selectFrom('framework_nodes').selectAll().where('code', '=', 'P11').executeTakeFirstOrThrow()
    expect([p11.title_missing, p11.missing_in_source]).toEqual([true, false])
    const n = await database.db.selectFrom('targets').select((eb) => eb.fn.countAll<number>().as('n')).where('node_id', '=', p11.id).executeTakeFirstOrThrow()
    expect(Number(n.n)).toBeGreaterThan(0)
  })

  it('has 151 projects: 140 domestic summing to 1,400,802 million kip and 11 ODA summing to USD 143,845,000', () => {
    expect(overview.projects.total).toBe(151)
    expect(overview.projects.byFunding).toEqual([
      { funding: 'domestic', currency: 'LAK_M', count: 140, amount: 1400802 },
      { funding: 'oda', currency: 'USD', count: 11, amount: 143845000 },
    ])
  })

  it("matches each focus plan's project sum to its Annex 9 section total", () => {
    for (const section of pkg.projects!.sections) {
      const row = overview.projects.byFocusPlan.find((r) => r.focusPlan === section.focus_plan && r.currency === 'LAK_M')!
      expect([section.focus_plan, row.amount, row.count]).toEqual([section.focus_plan, section.stated!.amount, section.stated!.count])
    }
  })

  it('gives every item taken from the document a source line inside the document', async () => {
    for (const t of ['framework_nodes', 'targets', 'projects', 'legal_instruments', 'stat_series', 'stat_tables', 'indicators'] as const) {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)} where src is null or split_part(src, '-', 1)::int not between 1 and 1963`.execute(database.db)
      expect(r.rows[0].n, t).toBe(0)
    }
  })

  it('changes nothing when loaded a second time', async () => {
    const count = async () => (await sql<{ n: number }>`select (select count(*) from targets) + (select count(*) from projects) + (select count(*) from findings) + (select count(*) from framework_nodes) as n`.execute(database.db)).rows[0].n
    const before = await count()
    expect((await loadPlanPackage(database.db, REAL_PLAN)).status).toBe('unchanged')
    expect(await count()).toBe(before)
  })
})

describe("the document's own inconsistencies (GUIDE.md), each with both figures", () => {
  const finding = async (code: string) => database.db.selectFrom('findings').selectAll().where('code', '=', code).executeTakeFirstOrThrow()
  const figures = async (code: string) => {
    const f = await finding(code)
    return [Number(f.figure_a), f.src_a, Number(f.figure_b)]
  }
  it('150,000 vs 15,000 government e-mail accounts', async () => {
    expect(await figures('CONTRA-OT19.2-P12-T03')).toEqual([150000, '641', 15000])
  })
  it('"over 1,432 billion kip" vs 1,400,802 million kip in Annex 9', async () => {
    expect(await figures('STATED-INVESTMENT_TOTAL_KIP_BILLION-L1332')).toEqual([1432, '1332', 1400.802])
  })
  it('Annex 9 focus plan 4 numbers a project 32 twice and has no 31; a period reads 2023-35', async () => {
    expect((await finding('DUP-PROJECTS-FP4-32')).kind).toBe('duplicate_number')
    expect((await finding('SKIP-PROJECTS-FP4-31')).kind).toBe('skipped_number')
    expect((await finding('PERIOD-FP4-PJ11')).detail).toMatchObject({ raw: '2023-35' })
  })
  it('Annex 1 actual expenditure 427,445,822,343 vs its rows 427,137,634,870', async () => {
    expect(await figures('SUM-SER-A1-II-TOTAL_2016_2020')).toEqual([427445822343, '1374', 427137634870])
  })
  it('Annex 2 subtotal slips 17,410.02 vs 17,410.09 and 4,057.82 vs 4,057.89', async () => {
    expect(await figures('SUM-SER-A2-B3-COST_TOTAL')).toEqual([17410.02, '1418', 17410.09])
    expect(await figures('SUM-SER-A2-B3-2018_APPROVED_TOTAL')).toEqual([4057.82, '1418', 4057.89])
  })
  it('Annex 4: a row of year headings, two rows with one label, a target below the 2020 value', async () => {
    const kinds = (await database.db.selectFrom('findings').select('kind').where('subject_type', '=', 'indicator').execute()).map((f) => f.kind)
    expect(kinds).toEqual(expect.arrayContaining(['heading_row', 'duplicate_label', 'target_below_baseline']))
    expect(await figures('BELOW-IND-YOUTH-INTERNET-F-PCT')).toEqual([80, '937', 82])
  })
})

describe('every stated total in the data files against the sum of its parts', () => {
  it('Annex 9: each section, the domestic total and the ODA total equal their rows', () => {
    const p = pkg.projects!
    for (const s of p.sections) expect(close(sum(s.projects.map((x) => x.amount ?? 0)), s.stated!.amount!), s.focus_plan).toBe(true)
    expect(sum(p.sections.flatMap((s) => s.projects).map((x) => x.amount ?? 0))).toBe(p.stated!.domestic_amount)
    expect(sum(p.oda!.projects.map((x) => x.amount ?? 0))).toBe(p.oda!.stated!.amount)
    expect(p.sections.flatMap((s) => s.projects).length + p.oda!.projects.length).toBe(p.stated!.count)
  })

  it('every printed total row of the annex tables equals its rows, or is recorded as a finding', () => {
    const codes = new Set(detectFindings(pkg).map((f) => f.code))
    let checked = 0
    for (const file of [pkg.budget!, pkg.statistics!]) for (const t of file.tables) {
      for (const row of t.series.filter((s) => s.stated_total)) {
        const kids = row.children?.length ? t.series.filter((s) => row.children!.includes(s.code)) : t.series.filter((s) => s.parent === row.code)
        for (const [col, stated] of Object.entries(row.values ?? {})) {
          const parts = kids.map((k) => k.values?.[col]).filter((v): v is number => typeof v === 'number')
          if (!parts.length) continue
          checked++
          const code = `SUM-${row.code}-${col}`.toUpperCase().replace(/[^A-Z0-9._-]/g, '_')
          expect(close(stated, sum(parts)) || codes.has(code), `${t.code} ${row.code} ${col}`).toBe(true)
        }
      }
    }
    expect(checked).toBeGreaterThan(50)
  })

  it("every count or total the text states about the plan matches the data, or is recorded as a finding", () => {
    const codes = new Set(detectFindings(pkg).map((f) => f.code))
    const known = (pkg.plan.stated ?? []).filter((s) => KNOWN_STATED[s.key])
    expect(known.length).toBeGreaterThanOrEqual(10)
    for (const s of known) {
      const computed = KNOWN_STATED[s.key].compute(pkg)
      expect(close(computed, s.value) || codes.has(`STATED-${s.key.toUpperCase()}-L${String(s.src).split('-')[0]}`), `${s.key} at ${s.src}`).toBe(true)
    }
  })
})
