import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { openTestDatabase, FIXTURE_PLAN } from '../../test-support/test-database.js'
import { loadPlanPackage } from '../plan-data/load-plan.js'
import { createOrgUnit } from '../orgunits/create-org-unit.js'
import { moveOrgUnit } from '../orgunits/move-org-unit.js'
import { systemActor } from '../../platform/auth/request-actor.js'
import { approvedTestReport, approveTestReport, createTestReport, ensureElement, reopenTestReport } from '../../test-support/approved-reports.js'
import { readMeasures, combineRoots } from './read-measures.js'
import { valueOf } from './measure.js'
import { rebuildAnalytics } from './rebuild-analytics.js'

const PLAN = 'MINI-2021-2025'
let database: Awaited<ReturnType<typeof openTestDatabase>>
let db: Kysely<DB>
const unitIds: Record<string, number> = {}
const elementIds: Record<string, number> = {}

/** The figure for one element over the subtrees of `units` (default: the whole country) in `period`. */
async function figure(element: string, period: string, units = ['LAO'], option?: string): Promise<number | null> {
  const e = await db.selectFrom('data_elements').select(['id', 'aggregation']).where('code', '=', element).executeTakeFirstOrThrow()
  const optionId = option ? (await db.selectFrom('disaggregation_options').select('id').where('code', '=', option).executeTakeFirstOrThrow()).id : 0
  const ids = units.map((u) => unitIds[u])
  const measures = await readMeasures(db, { elementIds: [e.id], unitIds: ids, periods: [period], options: option ? 'all' : 'total' })
  return valueOf(combineRoots(measures, e.id, ids, period, optionId), e.aggregation)
}

const report = (unit: string, period: string, values: { element: string; value: number | null; option?: string }[], extra: { dataSet?: string; at?: Date } = {}) =>
  approvedTestReport(db, { plan: PLAN, unit, period, values, ...extra })

beforeAll(async () => {
  database = await openTestDatabase()
  db = database.db
  await loadPlanPackage(db, FIXTURE_PLAN)
  const sys = systemActor('test')
  await createOrgUnit(db, sys, { code: 'LA-LP', kind: 'province', parent: 'LAO', iso: 'LA-LP', name: { lo: 'ຫຼວງພະບາງ' } })
  for (const [code, parent] of [['VT-D1', 'LA-VT'], ['VT-D2', 'LA-VT'], ['VT-D3', 'LA-VT'], ['LP-D1', 'LA-LP']]) {
    await createOrgUnit(db, sys, { code, kind: 'district', parent, name: { lo: code } })
  }
  for (const u of await db.selectFrom('org_units').select(['id', 'code']).execute()) unitIds[u.code] = u.id
  for (const [code, aggregation] of [['E-SUM', 'sum'], ['E-AVG', 'average'], ['E-LAST', 'last'], ['E-N9', 'sum'], ['E-SEX', 'sum'], ['E-AVG-SEX', 'average'], ['E-MIX', 'sum'], ['E-DUP', 'sum'], ['E-LIVE', 'sum']] as const) {
    elementIds[code] = await ensureElement(db, PLAN, code, { aggregation })
  }
}, 60_000)
afterAll(async () => database?.close())

describe('roll-up over the org-unit tree and over periods', () => {
  it('sums approved values up the tree and from months to quarters, semesters and years', async () => {
    await report('VT-D1', '2024-01', [{ element: 'E-SUM', value: 10 }])
    await report('VT-D1', '2024-02', [{ element: 'E-SUM', value: 20 }])
    await report('VT-D2', '2024-01', [{ element: 'E-SUM', value: 5 }])
    await report('LP-D1', '2024-04', [{ element: 'E-SUM', value: 7 }])
    await report('LA-VT', '2024-03', [{ element: 'E-SUM', value: 100 }]) // the province's own value
    // a draft is never counted
    await createTestReport(db, { plan: PLAN, unit: 'VT-D2', period: '2024-02', values: [{ element: 'E-SUM', value: 1000 }] })

    expect(await figure('E-SUM', '2024-01', ['LA-VT'])).toBe(15)
    expect(await figure('E-SUM', '2024Q1', ['LA-VT'])).toBe(135)
    expect(await figure('E-SUM', '2024Q1', ['VT-D1'])).toBe(30)
    expect(await figure('E-SUM', '2024Q2')).toBe(7)
    expect(await figure('E-SUM', '2024S1')).toBe(142)
    expect(await figure('E-SUM', '2024')).toBe(142)
    expect(await figure('E-SUM', '2021-2025')).toBe(142)
    expect(await figure('E-SUM', '2024', ['LA-VT', 'LA-LP'])).toBe(142)
    expect(await figure('E-SUM', '2023')).toBeNull()
  })

  it('averages every counted value (units and periods alike)', async () => {
    await report('VT-D1', '2024Q1', [{ element: 'E-AVG', value: 80 }])
    await report('VT-D2', '2024Q1', [{ element: 'E-AVG', value: 60 }])
    await report('VT-D1', '2024Q2', [{ element: 'E-AVG', value: 70 }])
    await report('LP-D1', '2024Q3', [{ element: 'E-AVG', value: 90 }])
    expect(await figure('E-AVG', '2024Q1', ['LA-VT'])).toBe(70)
    expect(await figure('E-AVG', '2024', ['LA-VT'])).toBe(70)
    expect(await figure('E-AVG', '2024')).toBe(75)
    expect(await figure('E-AVG', '2024S2')).toBe(90)
  })

  it('takes each unit\'s latest value for "last" elements and adds them over units', async () => {
    await report('VT-D1', '2024-01', [{ element: 'E-LAST', value: 100 }])
    await report('VT-D1', '2024-03', [{ element: 'E-LAST', value: 120 }])
    await report('VT-D2', '2024-02', [{ element: 'E-LAST', value: 50 }])
    await report('VT-D2', '2024-07', [{ element: 'E-LAST', value: 55 }])
    expect(await figure('E-LAST', '2024Q1', ['LA-VT'])).toBe(170)
    expect(await figure('E-LAST', '2024', ['LA-VT'])).toBe(175)
    expect(await figure('E-LAST', '2024Q3', ['LA-VT'])).toBe(55)
    // a district that only ever reports monthly, with gaps (the full rebuild's fast path)
    for (const [month, value] of [['01', 7], ['02', 9], ['05', 11]] as const) await report('VT-D3', `2024-${month}`, [{ element: 'E-LAST', value }, { element: 'E-SUM', value }])
    expect(await figure('E-LAST', '2024Q1', ['LA-VT'])).toBe(179)
    expect(await figure('E-LAST', '2024S1', ['LA-VT'])).toBe(120 + 50 + 11)
    expect(await figure('E-LAST', '2021-2025')).toBe(186)
  })

  it('adds January to September into the cumulative Jan–Sep period', async () => {
    for (let m = 1; m <= 12; m++) await report('LP-D1', `2023-${String(m).padStart(2, '0')}`, [{ element: 'E-N9', value: m }])
    expect(await figure('E-N9', '2023N9')).toBe(45)
    expect(await figure('E-N9', '2023S2')).toBe(57)
    expect(await figure('E-N9', '2023')).toBe(78)
    expect(await figure('E-N9', '2021-2023M')).toBe(78)
  })

  it('derives a total from disaggregated options when no total was reported, and keeps a reported total', async () => {
    await report('VT-D1', '2024-01', [{ element: 'E-SEX', option: 'F', value: 3 }, { element: 'E-SEX', option: 'M', value: 4 }])
    await report('VT-D2', '2024-01', [{ element: 'E-SEX', value: 10 }, { element: 'E-SEX', option: 'F', value: 6 }])
    expect(await figure('E-SEX', '2024-01', ['LA-VT'])).toBe(17)
    expect(await figure('E-SEX', '2024', ['LA-VT'], 'F')).toBe(9)
    expect(await figure('E-SEX', '2024', ['LA-VT'], 'M')).toBe(4)
    // percentages by sex: the mean of the options, not their sum
    await report('LP-D1', '2024', [{ element: 'E-AVG-SEX', option: 'F', value: 40 }, { element: 'E-AVG-SEX', option: 'M', value: 60 }])
    expect(await figure('E-AVG-SEX', '2024')).toBe(50)
  })

  it('lets a report for a longer period supersede the shorter ones inside it, and the later of two reports for one period win', async () => {
    for (const [q, v] of [[1, 1], [2, 2], [3, 3], [4, 4]]) await report('VT-D1', `2022Q${q}`, [{ element: 'E-MIX', value: v }])
    expect(await figure('E-MIX', '2022')).toBe(10)
    await report('VT-D1', '2022', [{ element: 'E-MIX', value: 12 }])
    expect(await figure('E-MIX', '2022')).toBe(12)
    expect(await figure('E-MIX', '2022S1')).toBe(3)
    expect(await figure('E-MIX', '2021-2025')).toBe(12)

    await report('VT-D2', '2022Q1', [{ element: 'E-DUP', value: 5 }], { at: new Date('2023-01-01T00:00:00Z') })
    await report('VT-D2', '2022Q1', [{ element: 'E-DUP', value: 8 }], { dataSet: 'SECOND', at: new Date('2023-02-01T00:00:00Z') })
    expect(await figure('E-DUP', '2022')).toBe(8)
  })
})

describe('freshness', () => {
  it('shows a value the moment its report is approved and drops it the moment it is reopened', async () => {
    const id = await createTestReport(db, { plan: PLAN, unit: 'VT-D1', period: '2025-02', values: [{ element: 'E-LIVE', value: 42 }] })
    expect(await figure('E-LIVE', '2025')).toBeNull()
    await approveTestReport(db, id)
    expect(await figure('E-LIVE', '2025')).toBe(42)
    await approveTestReport(db, id, 'locked') // locking counts it once, not twice
    expect(await figure('E-LIVE', '2025')).toBe(42)
    await reopenTestReport(db, id)
    expect(await figure('E-LIVE', '2025')).toBeNull()
    expect(await db.selectFrom('analytics_cells').select('period').where('data_element_id', '=', elementIds['E-LIVE']).execute()).toEqual([])
  })
})

describe('rebuild', () => {
  const snapshot = async () => (await db.selectFrom('analytics_cells').selectAll().orderBy(['data_element_id', 'org_unit_id', 'period', 'option_id']).execute())
    .map((c) => ({ ...c, value_sum: Number(c.value_sum), last_sum: Number(c.last_sum) }))

  it('recomputes exactly what the report-by-report refresh maintained', async () => {
    const incremental = await snapshot()
    expect(incremental.length).toBeGreaterThan(50)
    const result = await rebuildAnalytics(db)
    expect(result.cells).toBe(incremental.length)
    expect(await snapshot()).toEqual(incremental)
  })

  it('moves a district\'s figures with it when it moves to another province', async () => {
    expect(await figure('E-SUM', '2024', ['LA-LP'])).toBe(7)
    await moveOrgUnit(db, systemActor('test'), 'VT-D2', 'LA-LP')
    expect(await figure('E-SUM', '2024', ['LA-LP'])).toBe(12)
    expect(await figure('E-SUM', '2024', ['LA-VT'])).toBe(130 + 27)
    expect(await figure('E-SUM', '2024')).toBe(142 + 27)
  })
})
