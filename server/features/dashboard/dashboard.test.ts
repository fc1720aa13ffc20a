import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'
import { approvedTestReport, createTestReport, approveTestReport, reopenTestReport } from '../../test-support/approved-reports.js'
import { createOrgUnit } from '../orgunits/create-org-unit.js'
import { systemActor } from '../../platform/auth/request-actor.js'

const PLAN = 'MINI-2021-2025'
const URL = `/api/v1/plans/${PLAN}/dashboard`
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client
let districtViewer: Client
let provinceReporter: Client
let ministryViewer: Client

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  const sys = systemActor('test')
  await createOrgUnit(t.db, sys, { code: 'LA-LP', kind: 'province', parent: 'LAO', iso: 'LA-LP', name: { lo: 'ຫຼວງພະບາງ', en: 'Luang Prabang' } })
  for (const [code, parent] of [['VT-D1', 'LA-VT'], ['VT-D2', 'LA-VT'], ['LP-D1', 'LA-LP']]) await createOrgUnit(t.db, sys, { code, kind: 'district', parent, name: { lo: code } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'district', [{ role: 'viewer', unit: 'VT-D1' }])
  await makeUser(t.db, 'province', [{ role: 'reporter', unit: 'LA-VT' }])
  await makeUser(t.db, 'ministry', [{ role: 'viewer', unit: 'MIN' }])
  planner = await signIn(t.app, 'planner')
  districtViewer = await signIn(t.app, 'district')
  provinceReporter = await signIn(t.app, 'province')
  ministryViewer = await signIn(t.app, 'ministry')

  const at = new Date('2025-01-20T03:00:00Z')
  await approvedTestReport(t.db, { plan: PLAN, unit: 'VT-D1', period: '2024', values: [{ element: 'DE-IND-GOV-EMAIL', value: 60000 }, { element: 'DE-IND-FEMALE-INTERNET', value: 85 }], at })
  await approvedTestReport(t.db, { plan: PLAN, unit: 'LP-D1', period: '2024', values: [{ element: 'DE-IND-GOV-EMAIL', value: 30000 }, { element: 'DE-IND-FEMALE-INTERNET', value: 75 }], at })
}, 120_000)
afterAll(async () => t?.close())

const get = async (c: Client, query = '') => {
  const res = await c.request('GET', `${URL}${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}
const target = (body: { overallTargets: { code: string }[] }, code: string) => body.overallTargets.find((x) => x.code === code) as Record<string, any>

describe('dashboard', () => {
  it('judges each overall target against the straight line from baseline to target', async () => {
    const body = await get(planner, '?period=2024')
    expect(body.filters.period).toMatchObject({ id: '2024', start: '2024-01-01', end: '2024-12-31' })
    const ot01 = target(body, 'OT01')
    // 90,000 of 150,000 accounts; the line from 0 (end of 2020) to 150,000 (end of 2025) expects 120,000 by the end of 2024
    expect(ot01).toMatchObject({ kind: 'quantitative', element: 'DE-IND-GOV-EMAIL', actual: { value: 90000, reports: 2 }, expected: 120000, percentOfTarget: 60, status: 'at_risk' })
    expect(target(body, 'OT02')).toMatchObject({ kind: 'milestone', status: 'no_data', milestone: { status: 'not_started', source: 'plan' } })
    expect(body.summary).toMatchObject({ at_risk: 1, no_data: 1, total: 2 })
    expect(body.freshness).toEqual({ lastApprovedAt: '2025-01-20T03:00:00.000Z', approvedReports: 2 })
  })

  it('narrows every figure to the caller\'s scope: a district viewer sees only their district', async () => {
    const body = await get(districtViewer, '?period=2024')
    expect(body.scope).toEqual({ all: false, units: [{ code: 'VT-D1', name: { lo: 'VT-D1', en: null } }] })
    expect(target(body, 'OT01')).toMatchObject({ actual: { value: 60000, reports: 1 }, percentOfTarget: 40, status: 'off_track' })
    expect(body.map.provinces).toEqual([{ iso: 'LA-VT', unit: { code: 'LA-VT', name: { lo: 'ນະຄອນຫຼວງວຽງຈັນ', en: 'Vientiane Capital' } }, value: 60000, reports: 1 }])
    expect(body.indicators.find((i: { code: string }) => i.code === 'IND-FEMALE-INTERNET').actuals.at(-1)).toEqual({ period: '2024', value: 85, reports: 1 })
    expect(body.freshness.approvedReports).toBe(1)
  })

  it('shows a province reporter their province and a ministry viewer nothing from the provinces', async () => {
    const province = await get(provinceReporter, '?period=2024')
    expect(target(province, 'OT01').actual).toMatchObject({ value: 60000 })
    expect(province.map.provinces.map((p: { iso: string }) => p.iso)).toEqual(['LA-VT'])
    const ministry = await get(ministryViewer, '?period=2024')
    expect(target(ministry, 'OT01')).toMatchObject({ actual: { value: null, reports: 0 }, status: 'no_data' })
    expect(ministry.map.provinces).toEqual([])
    expect(ministry.freshness).toEqual({ lastApprovedAt: null, approvedReports: 0 })
  })

  it('filters by a unit inside the scope and refuses one outside it', async () => {
    const body = await get(planner, '?period=2024&unit=LA-LP')
    expect(body.filters.unit.code).toBe('LA-LP')
    expect(target(body, 'OT01').actual.value).toBe(30000)
    const refused = await provinceReporter.request('GET', `${URL}?unit=LA-LP`)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.message_lo).toContain('ຂອບເຂດ')
    expect((await planner.request('GET', `${URL}?unit=NOPE`)).statusCode).toBe(404)
  })

  it('rejects a period that is not a period or lies outside the plan, in Lao and English', async () => {
    const bad = await planner.request('GET', `${URL}?period=2024Q5`)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({ code: 'invalid_period', message: expect.stringContaining('Quarter'), message_lo: expect.stringContaining('ໄຕມາດ') })
    expect((await planner.request('GET', `${URL}?period=2019`)).statusCode).toBe(400)
  })

  it('shows a figure the moment its report is approved and drops it when the report is reopened', async () => {
    const id = await createTestReport(t.db, { plan: PLAN, unit: 'VT-D2', period: '2024', values: [{ element: 'DE-IND-GOV-EMAIL', value: 45000 }] })
    expect(target(await get(planner, '?period=2024'), 'OT01').actual.value).toBe(90000)
    await approveTestReport(t.db, id, 'approved', new Date('2025-02-01T00:00:00Z'))
    const after = await get(planner, '?period=2024')
    expect(target(after, 'OT01')).toMatchObject({ actual: { value: 135000, reports: 3 }, status: 'on_track' }) // ahead of the line, short of the goal
    expect(after.freshness.lastApprovedAt).toBe('2025-02-01T00:00:00.000Z')
    await reopenTestReport(t.db, id)
    const reopened = await get(planner, '?period=2024')
    expect(target(reopened, 'OT01').actual.value).toBe(90000)
    expect(reopened.freshness.lastApprovedAt).toBe('2025-01-20T03:00:00.000Z')
  })

  it('takes a milestone\'s status from its latest approved progress report in scope', async () => {
    const ot02 = await t.db.selectFrom('targets').select('id').where('code', '=', 'OT02').executeTakeFirstOrThrow()
    const id = await createTestReport(t.db, { plan: PLAN, unit: 'LP-D1', period: '2024Q4', values: [] })
    await t.db.insertInto('milestone_progress').values({ report_id: id, target_id: ot02.id, status: 'delayed', percent_complete: 40 }).execute()
    await approveTestReport(t.db, id)
    const body = await get(planner, '?period=2024')
    expect(target(body, 'OT02')).toMatchObject({ status: 'at_risk', percentOfTarget: 40, milestone: { status: 'delayed', percentComplete: 40, source: 'report', period: '2024Q4' } })
    // outside the reporting district's province the plan's own status stands
    expect(target(await get(provinceReporter, '?period=2024'), 'OT02').milestone.source).toBe('plan')
  })

  it('maps a chosen data element by province and drills down to the reports behind a number', async () => {
    const map = await get(planner, '?period=2024&indicator=DE-IND-FEMALE-INTERNET')
    expect(map.map.subject).toMatchObject({ type: 'data_element', code: 'DE-IND-FEMALE-INTERNET' })
    expect(map.map.provinces.map((p: { iso: string; value: number }) => [p.iso, p.value])).toEqual([['LA-LP', 75], ['LA-VT', 85]])
    expect((await planner.request('GET', `${URL}?indicator=NOPE`)).statusCode).toBe(404)

    const res = await planner.request('GET', `${URL}/values?element=DE-IND-GOV-EMAIL&period=2024`)
    expect(res.statusCode, res.body).toBe(200)
    const drill = res.json()
    expect(drill.figure).toEqual({ value: 90000, period: '2024', reports: 2 })
    expect(drill.items.map((i: { unit: { code: string }; value: number; counted: boolean }) => [i.unit.code, i.value, i.counted])).toEqual([['LP-D1', 30000, true], ['VT-D1', 60000, true]])
    expect(drill.total).toBe(2)
    const scoped = (await districtViewer.request('GET', `${URL}/values?element=DE-IND-GOV-EMAIL&period=2024`)).json()
    expect(scoped.items.map((i: { unit: { code: string } }) => i.unit.code)).toEqual(['VT-D1'])
    expect(scoped.figure.value).toBe(60000)
  })

  it('rolls targets up to programmes, focus plans, outcomes and the plan', async () => {
    const body = await get(planner, '?period=2024&focusPlan=FP1')
    expect(body.filters.focusPlan.code).toBe('FP1')
    const fp1 = body.focusPlans[0]
    expect(fp1).toMatchObject({ code: 'FP1', outcomes: ['O1'] })
    expect(fp1.programmes.map((p: { code: string; counts: { total: number } }) => [p.code, p.counts.total])).toEqual([['P01', 2], ['P02', 0], ['P03', 1]])
    // P01-T01: 90,000 ≥ 15,000 accounts; P01-T02: 85 and 75 average 80 ≥ 80 %; P03-T01: a milestone nobody reported
    expect(fp1.counts).toMatchObject({ achieved: 2, no_data: 1, total: 3 })
    expect(fp1.meanPercent).toBe(100)
    expect(body.outcomes.map((o: { code: string; counts: { total: number } }) => [o.code, o.counts.total])).toEqual([['O1', 3]])
    expect(body.planRollup.total).toBe(3)
    expect((await planner.request('GET', `${URL}?focusPlan=P01`)).statusCode).toBe(404)
  })
})
