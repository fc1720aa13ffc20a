import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'
import { createOrgUnit } from '../orgunits/create-org-unit.js'
import { systemActor } from '../../platform/auth/request-actor.js'
import { fromDhis2Period, toDhis2Period } from './dhis2-periods.js'
import { DHIS2_CSV_COLUMNS } from './dhis2-format.js'

const PLAN = 'MINI-2021-2025'
const API = '/api/v1/dhis2/dataValueSets'
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client, reporter: Client, outsider: Client

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await createOrgUnit(t.db, systemActor('test'), { code: 'LA-XA', kind: 'province', parent: 'LAO', name: { lo: 'ໄຊຍະບູລີ' } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'vt-reporter', [{ role: 'reporter', unit: 'LA-VT' }])
  await makeUser(t.db, 'xa-reporter', [{ role: 'reporter', unit: 'LA-XA' }])
  ;[planner, reporter, outsider] = await Promise.all(['planner', 'vt-reporter', 'xa-reporter'].map((u) => signIn(t.app, u)))
  const assign = await planner.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT', type: 'node', plan: PLAN, code: 'P01' }, { unit: 'LA-XA', type: 'node', plan: PLAN, code: 'P01' }] })
  expect(assign.statusCode).toBe(200)
  await sql`update data_elements set disaggregation_id = (select id from disaggregations where code = 'SEX') where code = 'DE-IND-GOV-EMAIL'`.execute(t.db)
  const saved = await reporter.request('PUT', `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024Q1/entries`, { values: [
    { element: 'DE-IND-GOV-EMAIL', option: 'F', value: 700, baseVersion: 0 },
    { element: 'DE-IND-GOV-EMAIL', option: 'M', value: 800, baseVersion: 0 },
    { element: 'DE-IND-FEMALE-INTERNET', value: 61.5, comment: 'ສຳຫຼວດ, 2024', baseVersion: 0 },
  ] })
  expect(saved.statusCode, saved.body).toBe(200)
})
afterAll(async () => t?.close())

const post = (c: Client, body: unknown, query = `?plan=${PLAN}&dataSet=QUARTERLY`, type = 'application/json') =>
  c.request('POST', `${API}${query}`, typeof body === 'string' ? body : JSON.stringify(body), { headers: { 'content-type': type } })
const exportJson = async (c: Client, query: string) => {
  const res = await c.request('GET', `${API}?plan=${PLAN}&dataSet=QUARTERLY&${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}
const pick = (values: any[]) => values.map((v) => [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo, v.value, v.comment ?? null])

describe('DHIS2 period ids', () => {
  it('maps months, quarters, semesters and years both ways; other periods have no DHIS2 id', () => {
    expect(['2024-03', '2024Q1', '2024S2', '2024'].map(toDhis2Period)).toEqual(['202403', '2024Q1', '2024S2', '2024'])
    expect(['202403', '2024Q1', '2024S2', '2024'].map(fromDhis2Period)).toEqual(['2024-03', '2024Q1', '2024S2', '2024'])
    expect(['2024N9', '2021-2023M', '2021-2025'].map(toDhis2Period)).toEqual([null, null, null])
    expect(['202413', '2024W1', '2024-03', '2024BiW1'].map(fromDhis2Period)).toEqual([null, null, null, null])
  })
})

describe('DHIS2 dataValueSets', () => {
  it('exports JSON with codes as ids, the default option combo and the author', async () => {
    const set = await exportJson(planner, 'period=2024Q1&orgUnit=LA-VT')
    expect(set).toMatchObject({ dataSet: 'QUARTERLY', period: '2024Q1', orgUnit: 'LA-VT' })
    expect(pick(set.dataValues)).toEqual([
      ['DE-IND-FEMALE-INTERNET', '2024Q1', 'LA-VT', 'default', '61.5', 'ສຳຫຼວດ, 2024'],
      ['DE-IND-GOV-EMAIL', '2024Q1', 'LA-VT', 'F', '700', null],
      ['DE-IND-GOV-EMAIL', '2024Q1', 'LA-VT', 'M', '800', null],
    ])
    expect(set.dataValues[0]).toMatchObject({ storedBy: 'vt-reporter', lastUpdated: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), followup: false })
  })

  it('exports CSV in DHIS2\'s column order', async () => {
    const res = await planner.request('GET', `${API}.csv?plan=${PLAN}&dataSet=QUARTERLY&period=2024Q1&orgUnit=LAO&children=true`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/application\/csv/)
    const lines = res.body.trim().split('\n')
    expect(lines[0]).toBe(DHIS2_CSV_COLUMNS.join(','))
    expect(lines[0]).toBe('dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup,deleted')
    expect(lines[1]).toMatch(/^DE-IND-FEMALE-INTERNET,2024Q1,LA-VT,default,,61\.5,vt-reporter,\d{4}-[^,]+,"ສຳຫຼວດ, 2024",false,$/)
    expect(lines).toHaveLength(4)
  })

  it('JSON round trip: export one quarter, import it as the next, export again → the same values', async () => {
    const set = await exportJson(reporter, 'period=2024Q1&orgUnit=LA-VT')
    const next = { dataValues: set.dataValues.map((v: any) => ({ ...v, period: '2024Q2' })) }
    const res = await post(reporter, next)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ responseType: 'ImportSummary', status: 'SUCCESS', importCount: { imported: 3, updated: 0, ignored: 0, deleted: 0 }, conflicts: [], reports: [{ orgUnit: 'LA-VT', period: '2024Q2' }] })
    expect(pick((await exportJson(reporter, 'period=2024Q2&orgUnit=LA-VT')).dataValues)).toEqual(pick(next.dataValues))
    const again = await post(reporter, next)
    expect(again.json().importCount).toMatchObject({ imported: 0, updated: 3 })
    const trail = await t.db.selectFrom('audit_log').select(['action', 'after']).where('action', '=', 'report.import').execute()
    expect((trail[0].after as any).file).toMatchObject({ source: 'dhis2', format: 'json' })
  })

  it('CSV round trip, with the plan inferred from the data set and months of other units ignored when empty', async () => {
    const csv = (await planner.request('GET', `${API}.csv?dataSet=QUARTERLY&period=2024Q1&orgUnit=LA-VT`)).body
    const q3 = csv.replace(/,2024Q1,/g, ',2024Q3,').replace(/,700,/, ',705,') + 'DE-IND-GOV-EMAIL,2024Q3,LA-VT,F,,,,,,false,\n'
    const res = await post(reporter, q3, '?dataSet=QUARTERLY', 'application/csv')
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().importCount).toEqual({ imported: 3, updated: 0, ignored: 1, deleted: 0 })
    const back = await exportJson(reporter, 'period=2024Q3&orgUnit=LA-VT')
    expect(back.dataValues.map((v: any) => v.value)).toEqual(['61.5', '705', '800'])
  })

  it('all or nothing: every conflict is listed with Lao and English messages and nothing is saved', async () => {
    const res = await post(reporter, { dataValues: [
      { dataElement: 'DE-IND-GOV-EMAIL', period: '2024Q4', orgUnit: 'LA-VT', categoryOptionCombo: 'F', value: '10' },
      { dataElement: 'DE-NO-SUCH', period: '2024Q4', orgUnit: 'LA-VT', value: '1' },
      { dataElement: 'DE-IND-FEMALE-INTERNET', period: '2024Q4', orgUnit: 'LA-VT', value: '140' },
      { dataElement: 'DE-IND-GOV-EMAIL', period: '2024Q4', orgUnit: 'LA-VT', categoryOptionCombo: 'X', value: '1' },
      { dataElement: 'DE-IND-GOV-EMAIL', period: '202413', orgUnit: 'LA-VT', value: '1' },
      { dataElement: 'DE-IND-GOV-EMAIL', period: '2024Q4', orgUnit: 'NOWHERE', value: '1' },
    ] })
    expect(res.statusCode).toBe(409)
    const summary = res.json().error.details
    expect(summary).toMatchObject({ status: 'ERROR', importCount: { imported: 0, updated: 0, ignored: 6 } })
    expect(summary.conflicts.map((c: any) => [c.errorCode, c.indexes])).toEqual(expect.arrayContaining([
      ['not_in_form', [1]], ['above_maximum', [2]], ['unknown_option', [3]], ['invalid_period', [4]], ['unknown_org_unit', [5]],
    ]))
    expect(summary.conflicts).toHaveLength(5)
    for (const c of summary.conflicts) expect(c.value_lo).toMatch(/[\u0E80-\u0EFF]/)
    expect((await exportJson(reporter, 'period=2024Q4&orgUnit=LA-VT')).dataValues).toEqual([])
  })

  it('a unit outside the caller\'s scope: import refused (403) and the export shows only their own units', async () => {
    const res = await post(outsider, { dataValues: [
      { dataElement: 'DE-IND-GOV-EMAIL', period: '2024Q1', orgUnit: 'LA-XA', categoryOptionCombo: 'F', value: '1' },
      { dataElement: 'DE-IND-GOV-EMAIL', period: '2024Q1', orgUnit: 'LA-VT', categoryOptionCombo: 'F', value: '1' },
    ] })
    expect(res.statusCode).toBe(403)
    expect((await exportJson(outsider, 'period=2024Q1&orgUnit=LA-XA')).dataValues).toEqual([])
    expect((await outsider.request('GET', `${API}?plan=${PLAN}&dataSet=QUARTERLY&orgUnit=LA-VT`)).statusCode).toBe(403)
    expect((await exportJson(outsider, 'period=2024Q1')).dataValues).toEqual([])
    expect((await exportJson(planner, 'period=2024Q1')).dataValues).toHaveLength(3)
    expect((await post(planner, { dataValues: [] })).statusCode).toBe(403)
  })
})
