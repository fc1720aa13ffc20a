import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'

const PLAN = 'MINI-2021-2025'
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client, reporter: Client, unitPlanner: Client

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'min-planner', [{ role: 'planner', unit: 'MIN' }])
  await makeUser(t.db, 'reporter', [{ role: 'reporter', unit: 'LA-VT' }])
  ;[planner, unitPlanner, reporter] = await Promise.all(['planner', 'min-planner', 'reporter'].map((u) => signIn(t.app, u)))
})
afterAll(async () => t?.close())

describe('reporting forms (data sets)', () => {
  it('ships a quarterly and an annual form built from the plan, with a deadline rule each', async () => {
    const sets = (await reporter.request('GET', `/api/v1/plans/${PLAN}/data-sets`)).json()
    expect(sets.map((s: any) => [s.code, s.frequency, s.deadlineDays])).toEqual([['ANNUAL', 'year', 30], ['QUARTERLY', 'quarter', 15]])
    expect(sets[1].members).toBeGreaterThan(3)
  })

  it('a planner creates a monthly form with an element disaggregated by sex; the unit reports it per option', async () => {
    const el = await planner.request('POST', `/api/v1/plans/${PLAN}/data-elements`, { code: 'DE-TRAINED', name: { lo: 'ຈຳນວນຜູ້ໄດ້ຮັບການຝຶກອົບຮົມ', en: 'People trained' }, valueType: 'integer', disaggregation: 'SEX' })
    expect(el.statusCode, el.body).toBe(201)
    expect((await unitPlanner.request('POST', `/api/v1/plans/${PLAN}/data-elements`, { code: 'DE-X', name: { lo: 'x' } })).statusCode).toBe(403)
    const ds = await planner.request('POST', `/api/v1/plans/${PLAN}/data-sets`, {
      code: 'MONTHLY-TRAINING', name: { lo: 'ລາຍງານການຝຶກອົບຮົມ ປະຈຳເດືອນ', en: 'Monthly training report' }, frequency: 'month', deadlineDays: 10,
      members: [{ type: 'dataElement', code: 'DE-TRAINED' }, { type: 'target', code: 'OT02' }],
    })
    expect(ds.statusCode, ds.body).toBe(201)
    expect(ds.json()).toMatchObject({ code: 'MONTHLY-TRAINING', frequency: 'month', members: 2 })
    const bad = await planner.request('PUT', `/api/v1/plans/${PLAN}/data-sets/MONTHLY-TRAINING/members`, { members: [{ type: 'target', code: 'OT01' }] })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().error.message_lo).toMatch(/ບາດກ້າວ/)

    await planner.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT', type: 'dataElement', plan: PLAN, code: 'DE-TRAINED' }] })
    const url = `/api/v1/plans/${PLAN}/reports/MONTHLY-TRAINING/LA-VT/2024-03`
    const form = (await reporter.request('GET', url)).json()
    const item = form.groups.flatMap((g: any) => g.items).find((i: any) => i.code === 'DE-TRAINED')
    expect(item.options.map((o: any) => [o.code, o.name.lo])).toEqual([['F', 'ຍິງ'], ['M', 'ຊາຍ']])
    expect(form.deadline).toBe('2024-04-10')
    const wrong = await reporter.request('PUT', `${url}/entries`, { values: [{ element: 'DE-TRAINED', option: 'X', value: 3, baseVersion: 0 }, { element: 'DE-TRAINED', option: 'F', value: 2.5, baseVersion: 0 }] })
    expect(wrong.json().error.details.errors.map((e: any) => e.code)).toEqual(['unknown_option', 'not_an_integer'])
    const ok = await reporter.request('PUT', `${url}/entries`, { values: [{ element: 'DE-TRAINED', option: 'F', value: 12, baseVersion: 0 }, { element: 'DE-TRAINED', option: 'M', value: 9, baseVersion: 0 }] })
    expect(ok.statusCode, ok.body).toBe(200)

    const freq = await planner.request('PATCH', `/api/v1/plans/${PLAN}/data-sets/MONTHLY-TRAINING`, { frequency: 'quarter' })
    expect(freq.statusCode).toBe(409)
    const days = await planner.request('PATCH', `/api/v1/plans/${PLAN}/data-sets/MONTHLY-TRAINING`, { deadlineDays: 20 })
    expect(days.json().deadlineDays).toBe(20)
    expect((await reporter.request('GET', url)).json().deadline).toBe('2024-04-20')
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_type', 'in', ['data_set', 'data_element']).orderBy('seq').execute()
    expect(audit.map((a) => a.action)).toEqual(['data_element.create', 'data_set.create', 'data_set.update'])
  })
})
