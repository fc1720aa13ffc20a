import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'

const PLAN = 'MINI-2021-2025'
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client
let minPlanner: Client
let reporter: Client

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await t.db.insertInto('data_elements').values({ code: 'DE-EMAIL', name_lo: 'ບັນຊີອີເມວ', name_en: 'E-mail accounts' }).execute()
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'minplanner', [{ role: 'planner', unit: 'MIN' }])
  await makeUser(t.db, 'reporter', [{ role: 'reporter', unit: 'DPF' }])
  await makeUser(t.db, 'leader', [{ role: 'viewer', unit: 'MIN' }])
  planner = await signIn(t.app, 'planner')
  minPlanner = await signIn(t.app, 'minplanner')
  reporter = await signIn(t.app, 'reporter')
})
afterAll(async () => t?.close())

const assign = (c: Client, assignments: object[]) => c.request('POST', '/api/v1/responsibilities', { assignments })

describe('responsibilities', () => {
  it('assigns programmes, targets, indicators, data elements and projects to units in bulk, one audit entry each', async () => {
    const res = await assign(planner, [
      { unit: 'DPF', type: 'node', plan: PLAN, code: 'P01' },
      { unit: 'DPF', type: 'target', plan: PLAN, code: 'P01-T01' },
      { unit: 'DPF', type: 'indicator', plan: PLAN, code: 'IND-GOV-EMAIL', role: 'support' },
      { unit: 'DPF', type: 'dataElement', code: 'DE-EMAIL' },
      { unit: 'DPF', type: 'project', plan: PLAN, code: 'FP1-PJ01' },
      { unit: 'LA-VT', type: 'target', plan: PLAN, code: 'P01-T02' },
    ])
    expect(res.statusCode).toBe(200)
    expect(res.json().assigned).toHaveLength(6)
    expect(res.json().assigned[0]).toMatchObject({ role: 'lead', unit: { code: 'DPF' }, item: { type: 'node', code: 'P01', plan: PLAN, name: { en: 'e-Government programme' } } })
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'responsibility.assign').execute()
    expect(audit).toHaveLength(6)
    const again = await assign(planner, [{ unit: 'DPF', type: 'target', plan: PLAN, code: 'P01-T01' }, { unit: 'DPF', type: 'indicator', plan: PLAN, code: 'IND-GOV-EMAIL', role: 'lead' }])
    expect(again.json()).toMatchObject({ unchanged: 1, assigned: [{ role: 'lead', item: { code: 'IND-GOV-EMAIL' } }] })
  })

  it('saves nothing when any row is wrong, and says which', async () => {
    const res = await assign(planner, [{ unit: 'DPF', type: 'target', plan: PLAN, code: 'OT01' }, { unit: 'DPF', type: 'target', plan: PLAN, code: 'NOPE' }, { unit: 'GHOST', type: 'node', plan: PLAN, code: 'P01' }])
    expect(res.statusCode).toBe(400)
    expect(res.json().error.details.map((d: { index: number; code: string }) => [d.index, d.code])).toEqual([[1, 'unknown_item'], [2, 'unknown_org_unit']])
    expect(res.json().error.message_lo).toContain('ບໍ່ມີຫຍັງຖືກບັນທຶກ')
    const ot01 = await t.db.selectFrom('responsibilities as r').innerJoin('targets as x', 'x.id', 'r.entity_id').select('r.id').where('r.entity_type', '=', 'target').where('x.code', '=', 'OT01').execute()
    expect(ot01).toEqual([])
  })

  it('shows a unit everything it answers for, only to users whose scope covers the unit', async () => {
    const page = await reporter.request('GET', '/api/v1/org-units/DPF')
    expect(page.statusCode).toBe(200)
    const body = page.json()
    expect(body.unit.code).toBe('DPF')
    expect(body.breadcrumb.map((b: { code: string }) => b.code)).toEqual(['MIN'])
    expect(Object.fromEntries(Object.entries(body.responsibilities).map(([k, v]) => [k, (v as { item: { code: string } }[]).map((a) => a.item.code)])))
      .toEqual({ nodes: ['P01'], targets: ['P01-T01'], indicators: ['IND-GOV-EMAIL'], dataElements: ['DE-EMAIL'], projects: ['FP1-PJ01'] })
    expect((await reporter.request('GET', '/api/v1/org-units/LA-VT')).statusCode).toBe(403)
    expect((await (await signIn(t.app, 'leader')).request('GET', '/api/v1/org-units/DPF')).statusCode).toBe(200)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org-units/DPF' })).statusCode).toBe(401)
  })

  it('lists who answers for what within the caller\'s scope only; the public sees none of it', async () => {
    const mine = (await reporter.request('GET', '/api/v1/responsibilities')).json()
    expect(new Set(mine.items.map((a: { unit: { code: string } }) => a.unit.code))).toEqual(new Set(['DPF']))
    expect((await reporter.request('GET', `/api/v1/responsibilities?type=target&plan=${PLAN}&code=P01-T02`)).json().total).toBe(0)
    expect((await planner.request('GET', `/api/v1/responsibilities?type=target&plan=${PLAN}&code=P01-T02`)).json().items.map((a: { unit: { code: string } }) => a.unit.code)).toEqual(['LA-VT'])
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/responsibilities' })).statusCode).toBe(401)
    expect((await reporter.request('GET', '/api/v1/responsibilities?sort=unit_code;drop')).statusCode).toBe(400)
    const publicNode = await t.app.inject({ method: 'GET', url: `/api/v1/plans/${PLAN}/nodes/P01` })
    expect(publicNode.body).not.toMatch(/DPF|responsib/i)
  })

  it('re-derives the unit of an assignment from the database: no id swapping across scopes', async () => {
    const laVt = (await planner.request('GET', '/api/v1/responsibilities?unit=LA-VT')).json().items[0]
    const dpf = (await planner.request('GET', '/api/v1/responsibilities?unit=DPF')).json().items[0]
    expect((await minPlanner.request('DELETE', `/api/v1/responsibilities/${laVt.id}`)).statusCode).toBe(403)
    expect((await reporter.request('DELETE', `/api/v1/responsibilities/${dpf.id}`)).statusCode).toBe(403)
    expect((await assign(minPlanner, [{ unit: 'DPF', type: 'target', plan: PLAN, code: 'OT02' }, { unit: 'LA-VT', type: 'target', plan: PLAN, code: 'OT02' }])).statusCode).toBe(403)
    expect((await planner.request('GET', `/api/v1/responsibilities?type=target&plan=${PLAN}&code=OT02`)).json().total).toBe(0)
    const removed = await minPlanner.request('DELETE', `/api/v1/responsibilities/${dpf.id}`)
    expect(removed.json()).toEqual({ removed: dpf.id })
    const entry = await t.db.selectFrom('audit_log').select(['before', 'actor_username']).where('action', '=', 'responsibility.remove').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ actor_username: 'minplanner', before: { unit: { code: 'DPF' } } })
    expect((await minPlanner.request('DELETE', `/api/v1/responsibilities/${dpf.id}`)).statusCode).toBe(404)
  })
})
