import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'
import { createOrgUnit } from '../orgunits/create-org-unit.js'
import { systemActor } from '../../platform/auth/request-actor.js'

const PLAN = 'MINI-2021-2025'
const R = `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT-CHT/2024Q3`
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client, district: Client, districtReviewer: Client, province: Client

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await createOrgUnit(t.db, systemActor('test'), { code: 'LA-VT-CHT', kind: 'district', parent: 'LA-VT', name: { lo: 'ເມືອງຈັນທະບູລີ', en: 'Chanthabouly' } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'district-reporter', [{ role: 'reporter', unit: 'LA-VT-CHT' }])
  await makeUser(t.db, 'district-reviewer', [{ role: 'reviewer', unit: 'LA-VT-CHT' }])
  await makeUser(t.db, 'province-reviewer', [{ role: 'reviewer', unit: 'LA-VT' }])
  ;[planner, district, districtReviewer, province] = await Promise.all(['planner', 'district-reporter', 'district-reviewer', 'province-reviewer'].map((u) => signIn(t.app, u)))
  await planner.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT-CHT', type: 'target', plan: PLAN, code: 'OT02' }] })
  const set = await planner.request('PATCH', `/api/v1/plans/${PLAN}/data-sets/QUARTERLY`, { reviewPath: 'via_province' })
  expect(set.json().reviewPath).toBe('via_province')
})
afterAll(async () => t?.close())

const version = async (c: Client) => (await c.request('GET', R)).json().report.version
const act = async (c: Client, action: string, body: object = {}) => c.request('POST', `${R}/${action}`, body, { headers: { 'if-match': String(await version(c)) } })

describe('review levels: district → province → DPF', () => {
  it('a district report is approved by its province first, then by DPF', async () => {
    const saved = await district.request('PUT', `${R}/entries`, { milestones: [{ target: 'OT02', status: 'delayed', narrative: 'ລໍຖ້າງົບປະມານ', baseVersion: 0 }] })
    expect(saved.statusCode, saved.body).toBe(200)
    expect((await act(district, 'submit')).statusCode).toBe(200)
    // A reviewer of the district itself is not the level above it.
    expect((await act(districtReviewer, 'approve')).statusCode).toBe(403)
    expect((await planner.request('GET', R)).json().allowed.approve).toBe(false)
    const first = await act(province, 'approve')
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json().report).toMatchObject({ status: 'submitted', reviewLevel: 1 })
    expect((await act(province, 'approve')).statusCode).toBe(403)
    expect((await planner.request('GET', R)).json().allowed.approve).toBe(true)
    const last = await act(planner, 'approve')
    expect(last.json().report).toMatchObject({ status: 'approved', reviewLevel: 1 })
    const events = (await planner.request('GET', R)).json().events.map((e: any) => [e.action, e.to, e.level])
    expect(events).toEqual([['submit', 'submitted', 0], ['approve', 'submitted', 0], ['approve', 'approved', 1]])
  })
})
