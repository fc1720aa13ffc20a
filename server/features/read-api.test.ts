import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Fastify from 'fastify'
import { openTestApp } from '../test-support/test-app.js'
import { requireDeclaredAccess, declaredRoutes } from '../platform/http/access.js'
import type { App } from '../platform/http/create-app.js'

let t: { app: App; close(): Promise<void> }
const get = async (url: string) => {
  const r = await t.app.inject({ method: 'GET', url })
  return { status: r.statusCode, body: r.json() }
}
const PLAN = '/api/v1/plans/MINI-2021-2025'

beforeAll(async () => { t = await openTestApp() })
afterAll(async () => t?.close())

describe('read API', () => {
  it('reports health with the database kind', async () => {
    const { status, body } = await get('/api/health')
    expect(status).toBe(200)
    expect(body).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite', plans: 1 })
  })

  it('publishes an OpenAPI document listing the plan endpoints', async () => {
    const { body } = await get('/api/docs/json')
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/v1/plans', '/api/v1/plans/{code}/overview', '/api/v1/search']))
  })

  it('answers an unknown plan with 404 in Lao and English', async () => {
    const { status, body } = await get('/api/v1/plans/NOPE/overview')
    expect(status).toBe(404)
    expect(body.error.code).toBe('not_found')
    expect(body.error.message_lo).toContain('ບໍ່ພົບ')
  })

  it('refuses invalid query parameters with 400', async () => {
    expect((await get(`${PLAN}/projects?year=abc`)).status).toBe(400)
    expect((await get(`${PLAN}/source?from=10&to=5000`)).status).toBe(400)
  })

  it('returns a node with its breadcrumb, targets with parts, and projects', async () => {
    const { body } = await get(`${PLAN}/nodes/P01`)
    expect(body.breadcrumb.map((b: { code: string }) => b.code)).toEqual(['FP1', 'P01'])
    expect(body.targets.map((x: { code: string }) => x.code)).toEqual(['P01-T01', 'P01-T02'])
    expect(body.targets[1].parts[0]).toMatchObject({ code: 'P01-T02.1', value: 50 })
    const fp = (await get(`${PLAN}/nodes/FP1`)).body
    expect(fp.links[0].code).toBe('O1')
    expect(fp.projects).toHaveLength(3)
  })

  it('filters projects and totals them per currency, never mixing kip and USD', async () => {
    const all = (await get(`${PLAN}/projects`)).body
    expect(all.totals.all).toEqual([{ key: 'all', currency: 'LAK_M', count: 3, amount: 2100 }, { key: 'all', currency: 'USD', count: 1, amount: 500000 }])
    const y2022 = (await get(`${PLAN}/projects?year=2022`)).body
    expect(y2022.items.map((p: { code: string }) => p.code)).toEqual(['FP1-PJ01', 'FP1-PJ02b'])
    const oda = (await get(`${PLAN}/projects?focusPlan=ODA`)).body
    expect(oda.items.map((p: { code: string }) => p.code)).toEqual(['ODA-01'])
    const pct = (await get(`${PLAN}/projects?q=${encodeURIComponent('%')}`)).body
    expect(pct.items).toHaveLength(0)
  })

  it('sorts projects by Lao name in Lao alphabetical order, not code-point order', async () => {
    // ສູນ… sorts before ຝຶກ… in Lao (ສ is the 6th consonant, ຝ the 18th) though ຝ has the lower code point
    const codes = (await get(`${PLAN}/projects?sort=name&currency=LAK_M`)).body.items.map((p: { code: string }) => p.code)
    expect(codes.indexOf('FP1-PJ02')).toBeLessThan(codes.indexOf('FP1-PJ01'))
    expect((await get(`${PLAN}/projects?sort=name;drop`)).status).toBe(400)
  })

  it('serves the source document lines', async () => {
    const { body } = await get(`${PLAN}/source?from=10&to=10`)
    expect(body.lines).toEqual([{ line: 10, text: 'ສ້າງລາຍຊື່ອີເມວໃຫ້ໄດ້ 15,000 ລາຍຊື່' }])
  })

  it('returns an indicator with its history and the findings about it', async () => {
    const { body } = await get(`${PLAN}/indicators/IND-FEMALE-INTERNET`)
    expect(body.values.map((v: { period: string; value: number }) => [v.period, v.value])).toEqual([['2019', 75], ['2020', 82]])
    expect(body.target.value).toBe(80)
    expect(body.findings[0].kind).toBe('target_below_baseline')
  })
})

describe('search', () => {
  const search = async (q: string) => (await get(`/api/v1/search?q=${encodeURIComponent(q)}`)).body
  it('finds a Lao word inside unspaced Lao text', async () => {
    // "ອີເມວ" sits inside "ສ້າງລາຍຊື່ອີເມວໃຫ້ໄດ້" with no space around it
    const r = await search('ອີເມວ')
    expect(r.results.map((x: { code: string }) => x.code)).toContain('P01-T01')
  })
  it('finds ຳ whichever way it was typed, in the query or in the text', async () => {
    const composed = await search('ນຳໃຊ້') // the text of P03-T01 uses the single character ຳ
    const split = await search('ນໍາໃຊ້') // typed as ໍ + າ
    expect(composed.results.map((x: { code: string }) => x.code)).toContain('P03-T01')
    expect(split.results.map((x: { code: string }) => x.code)).toEqual(composed.results.map((x: { code: string }) => x.code))
    // the overall goal text in the fixture is stored with ໍ + າ (ການນໍາໃຊ້) and is still found by ຳ
  })
  it('finds English names, case-insensitively, and filters by type', async () => {
    const r = await search('DIGITAL village')
    expect(r.results).toEqual([expect.objectContaining({ type: 'project', code: 'ODA-01' })])
    const onlyNodes = await search('programme')
    expect(onlyNodes.results.every((x: { type: string }) => ['node', 'target', 'finding'].includes(x.type))).toBe(true)
  })
  it('treats LIKE wildcards in the query as plain characters', async () => {
    // unescaped, "_" would match any one character and so every item
    expect((await search('_')).total).toBe(0)
  })
})

describe('declared access', () => {
  it('declares an access rule on every API route', () => {
    const api = declaredRoutes.filter((r) => r.url.startsWith('/api/v1') || r.url === '/api/health')
    expect(api.length).toBeGreaterThanOrEqual(15)
    expect(api.every((r) => r.access !== undefined)).toBe(true)
  })
  it('refuses to start when a route has no declared access', () => {
    const app = Fastify()
    requireDeclaredAccess(app)
    expect(() => app.get('/api/v1/open', async () => 'x')).toThrow(/does not declare config.access/)
  })
})

describe('compression', () => {
  it('compresses large JSON answers for clients that accept it', async () => {
    const r = await t.app.inject({ method: 'GET', url: `${PLAN}/source?from=1&to=40`, headers: { 'accept-encoding': 'gzip' } })
    const plain = await t.app.inject({ method: 'GET', url: `${PLAN}/source?from=1&to=40` })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(r.headers['content-encoding']).toBe('gzip')
    expect(r.rawPayload.length).toBeLessThan(plain.rawPayload.length)
  })
})
