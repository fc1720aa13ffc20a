import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { declaredRoutes, type Access } from '../platform/http/access.js'
import type { Role } from '../platform/auth/policy.js'
import { anonymous, auditCount, makeUser, openAuthTestApp, PASSWORD, signIn, type Client } from '../test-support/auth-helpers.js'
import { createOrgUnit } from './orgunits/create-org-unit.js'
import { closeOrgUnit } from './orgunits/close-org-unit.js'
import { systemActor } from '../platform/auth/request-actor.js'

/**
 * Every API route the app declares × every kind of caller × a subject inside and outside their scope. Written
 * independently of policy.ts: this table is what the roles are *meant* to allow. A route whose permission is missing
 * here, or whose URL has a parameter this file cannot fill, fails the test — so a new route cannot slip by.
 */
const MEANT: Record<string, Role[]> = {
  'orgunits:manage': ['system_admin', 'planner'],
  'responsibilities:assign': ['system_admin', 'planner'],
  'users:manage': ['system_admin'],
  'audit:read': ['system_admin', 'planner'],
  'unit-data:read': ['system_admin', 'planner', 'reporter', 'reviewer', 'viewer'],
  'data:enter': ['reporter'],
  'reports:review': ['planner', 'reviewer'],
  'reports:reopen': ['planner'],
  'datasets:manage': ['system_admin', 'planner'],
}

type Grant = { role: Role; unit: string | null }
type Identity = { name: string; grants: Grant[] | null }
const IDENTITIES: Identity[] = [
  { name: 'anonymous', grants: null },
  { name: 'no-role', grants: [] },
  { name: 'reporter', grants: [{ role: 'reporter', unit: 'DPF' }] },
  { name: 'reviewer', grants: [{ role: 'reviewer', unit: 'DPF' }] },
  { name: 'viewer', grants: [{ role: 'viewer', unit: 'MIN' }] },
  { name: 'min-planner', grants: [{ role: 'planner', unit: 'MIN' }] },
  { name: 'min-admin', grants: [{ role: 'system_admin', unit: 'MIN' }] },
  { name: 'planner', grants: [{ role: 'planner', unit: null }] },
  { name: 'admin', grants: [{ role: 'system_admin', unit: null }] },
]
// "in" subjects live under DPF (inside MIN); "out" subjects under LA-VT.
const IN_SCOPE_OF: Record<'in' | 'out', string[]> = { in: ['MIN', 'DPF', 'DPF-M'], out: ['LAO', 'LA-VT', 'LA-VT-M'] }
type Variant = 'in' | 'out'

const PLAN = 'MINI-2021-2025'
const ids: Record<string, number> = {}
const side = (v: Variant) => (v === 'in' ? 'DPF' : 'LA-VT')

/** Values for URL parameters by name. */
const PARAMS: Record<string, (v: Variant) => string> = {
  unit: (v) => `${side(v)}-M`,
  code: () => PLAN,
  item: () => 'P01',
  userId: (v) => String(ids[`target-${v}`]),
  grantId: (v) => String(ids[`grant-${v}`]),
  assignmentId: (v) => String(ids[`assignment-${v}`]),
  sessionId: () => '999999',
  dataSet: () => 'QUARTERLY',
  period: () => '2024Q1',
  fileId: (v) => String(ids[`file-${v}`]),
  element: () => 'DE-IND-GOV-EMAIL',
}

/** Request bodies (k = how many calls of this route and variant already succeeded, so each success changes something). */
type Fixture = { params?: (v: Variant) => Record<string, string>; query?: (v: Variant) => string; body?: (v: Variant, k: number) => unknown }
let serial = 0
const FIXTURES: Record<string, Fixture> = {
  'POST /api/v1/auth/sign-in': { body: () => ({ username: 'matrix-signin', password: PASSWORD }) },
  'POST /api/v1/auth/password': { body: () => ({ currentPassword: 'wrong-current-1', newPassword: 'Another-password-1' }) },
  'POST /api/v1/users': { body: (v) => ({ username: `new-${v}-${++serial}`, displayName: 'New', grants: [{ role: 'viewer', unit: `${side(v)}-M` }] }) },
  'PATCH /api/v1/users/:userId': { body: (_v, k) => ({ displayName: `Renamed ${k}` }) },
  'POST /api/v1/users/:userId/password': { body: () => ({}) },
  'POST /api/v1/users/:userId/grants': { body: (v, k) => ({ role: (['viewer', 'reviewer', 'planner', 'system_admin'] as const)[k % 4], unit: side(v) }) },
  'POST /api/v1/users/:userId/sessions/revoke': { body: () => ({}) },
  'POST /api/v1/org-units': { body: (v) => ({ code: `NEW-${v.toUpperCase()}-${++serial}`, kind: 'department', parent: `${side(v)}-M`, name: { lo: 'ໃໝ່' } }) },
  'PATCH /api/v1/org-units/:unit': { body: (_v, k) => ({ name: { lo: `ຊື່ ${k}` } }) },
  'POST /api/v1/org-units/:unit/move': { params: (v) => ({ unit: `${side(v)}-MOVE` }), body: (v, k) => ({ parent: k % 2 === 0 ? side(v) : `${side(v)}-M` }) },
  'POST /api/v1/org-units/:unit/close': { params: (v) => ({ unit: `${side(v)}-CLOSE` }) },
  'POST /api/v1/org-units/:unit/reopen': { params: (v) => ({ unit: `${side(v)}-REOPEN` }) },
  'POST /api/v1/org-units/import': { body: (v) => ({ csv: `code,kind,parent,name_lo\nIMP-${v.toUpperCase()}-${++serial},department,${side(v)}-M,ນຳເຂົ້າ` }) },
  'PUT /api/v1/plans/:code/reports/:dataSet/:unit/:period/entries': { body: (_v, k) => ({ values: [{ element: 'DE-IND-GOV-EMAIL', value: k, baseVersion: k }] }) },
  'POST /api/v1/plans/:code/reports/:dataSet/:unit/:period/import': { params: () => ({ period: '2024Q2' }), body: (_v, k) => `element_code,value\nDE-IND-GOV-EMAIL,${k + 1}\n` },
  'GET /api/v1/dhis2/dataValueSets': { query: () => `plan=${PLAN}&dataSet=QUARTERLY` },
  'GET /api/v1/dhis2/dataValueSets.csv': { query: () => `plan=${PLAN}&dataSet=QUARTERLY` },
  'POST /api/v1/dhis2/dataValueSets': { query: () => `plan=${PLAN}&dataSet=QUARTERLY`, body: (v, k) => ({ dataValues: [{ dataElement: 'DE-IND-GOV-EMAIL', period: '2024Q3', orgUnit: `${side(v)}-M`, value: String(k + 1) }] }) },
  'POST /api/v1/notifications/read': { body: () => ({}) },
  'POST /api/v1/plans/:code/data-sets': { body: () => ({ code: `FORM-${++serial}`, name: { lo: 'ແບບຟອມ' }, frequency: 'month' }) },
  'PATCH /api/v1/plans/:code/data-sets/:dataSet': { body: (_v, k) => ({ deadlineDays: 15 + (k % 5) }) },
  'PUT /api/v1/plans/:code/data-sets/:dataSet/members': { params: () => ({ dataSet: 'ANNUAL' }), body: () => ({ members: [{ type: 'target', code: 'OT02' }] }) },
  'POST /api/v1/plans/:code/data-elements': { body: () => ({ code: `DE-NEW-${++serial}`, name: { lo: 'ໃໝ່' } }) },
  'PATCH /api/v1/plans/:code/data-elements/:element': { body: (_v, k) => ({ decimals: k % 3 }) },
  'GET /api/v1/plans/:code/dashboard': { query: () => 'period=2024' },
  'GET /api/v1/plans/:code/dashboard/values': { query: () => 'element=DE-IND-GOV-EMAIL&period=2024' },
  'POST /api/v1/responsibilities': { body: (v, k) => ({ assignments: [{ unit: `${side(v)}-M`, type: 'target', plan: PLAN, code: 'OT01', role: k % 2 === 0 ? 'support' : 'lead' }] }) },
}

let t: Awaited<ReturnType<typeof openAuthTestApp>>
const clients = new Map<string, Client>()

async function setUp() {
  const sys = systemActor('test')
  for (const v of ['in', 'out'] as const) {
    const s = side(v)
    await createOrgUnit(t.db, sys, { code: `${s}-M`, kind: 'department', parent: s, name: { lo: `${s} M` } })
    for (const suffix of ['MOVE', 'CLOSE', 'REOPEN']) await createOrgUnit(t.db, sys, { code: `${s}-${suffix}`, kind: 'department', parent: `${s}-M`, name: { lo: suffix } })
    await closeOrgUnit(t.db, sys, `${s}-REOPEN`)
    ids[`target-${v}`] = await makeUser(t.db, `target-${v}`, [{ role: 'reporter', unit: s }, { role: 'reviewer', unit: `${s}-M` }])
    ids[`grant-${v}`] = (await t.db.selectFrom('role_grants').select('id').where('user_id', '=', ids[`target-${v}`]).where('role', '=', 'reviewer').executeTakeFirstOrThrow()).id
    const admin = await signIn(t.app, 'matrix-setup')
    const a = await admin.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: `${s}-M`, type: 'target', plan: PLAN, code: 'OT02' }] })
    ids[`assignment-${v}`] = a.json().assigned[0].id
    ids[`file-${v}`] = await addEvidenceAs(`files-${v}`, `${s}-M`)
    // OT01 (through its indicator's data element) stays in the unit's form after the DELETE route removes OT02.
    await admin.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: `${s}-M`, type: 'target', plan: PLAN, code: 'OT01' }] })
  }
}

/** An evidence file in a report of `unit`, uploaded by a reporter of that unit (for the download route). */
async function addEvidenceAs(username: string, unit: string): Promise<number> {
  await makeUser(t.db, username, [{ role: 'reporter', unit }])
  const c = await signIn(t.app, username)
  const res = await c.request('POST', `/api/v1/plans/${PLAN}/reports/QUARTERLY/${unit}/2024Q1/evidence?target=OT02&name=proof.txt`, 'evidence', { headers: { 'content-type': 'text/plain' } })
  if (res.statusCode !== 201) throw new Error(`evidence upload failed: ${res.body}`)
  return res.json().id
}

function kindOf(method: string, access: Access): 'public' | 'authenticated' | 'system' | 'anywhere' | 'unit' {
  if (access === 'public' || access === 'authenticated') return access
  if (access.unitFrom === 'system') return 'system'
  if (access.unitFrom === undefined && method === 'GET') return 'anywhere'
  return 'unit'
}

function meantToAllow(identity: Identity, method: string, access: Access, variant: Variant): boolean {
  const kind = kindOf(method, access)
  if (kind === 'public') return true
  if (!identity.grants) return false
  if (kind === 'authenticated' || typeof access !== 'object') return true
  const roles = MEANT[access.permission]
  const grants = identity.grants.filter((g) => roles.includes(g.role))
  if (kind === 'anywhere') return grants.length > 0
  if (kind === 'system') return grants.some((g) => g.unit === null)
  return grants.some((g) => g.unit === null || IN_SCOPE_OF[variant].includes(g.unit))
}

function urlFor(pattern: string, variant: Variant, fixture?: Fixture): string {
  const overrides = fixture?.params?.(variant) ?? {}
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = overrides[name] ?? PARAMS[name]?.(variant)
    if (value === undefined) throw new Error(`access matrix: no value for URL parameter :${name} (${pattern}); add it to PARAMS`)
    return encodeURIComponent(value)
  })
  const query = fixture?.query?.(variant)
  return query ? `${path}?${query}` : path
}

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 100_000, windowMs: 60_000 } })
  await makeUser(t.db, 'matrix-setup', [{ role: 'system_admin', unit: null }])
  await makeUser(t.db, 'matrix-signin', [{ role: 'viewer', unit: 'DPF' }])
  await setUp()
  for (const identity of IDENTITIES) {
    if (!identity.grants) continue
    await makeUser(t.db, identity.name, identity.grants)
    clients.set(identity.name, await signIn(t.app, identity.name))
  }
}, 120_000)
afterAll(async () => t?.close())

describe('access matrix', () => {
  it('calls every API route as every role, in and out of scope, and anonymously: no unauthorised success', async () => {
    const routes = [...new Map(declaredRoutes.filter((r) => r.url.startsWith('/api/')).map((r) => [`${r.method} ${r.url}`, r])).values()]
    expect(routes.length).toBeGreaterThanOrEqual(40)
    const problems: string[] = []
    let calls = 0
    for (const route of routes) {
      const key = `${route.method} ${route.url}`
      const access = route.access
      const declared = [
        !access && `${key}: no declared access`,
        typeof access === 'object' && !MEANT[access.permission] && `${key}: permission ${access.permission} is not in the matrix`,
        access === 'public' && route.method !== 'GET' && !route.url.startsWith('/api/v1/auth/') && `${key}: a public write`,
      ].filter((p): p is string => !!p)
      problems.push(...declared)
      if (declared.length) continue
      const fixture = FIXTURES[key]
      const variants: Variant[] = kindOf(route.method, access) === 'unit' ? ['in', 'out'] : ['in']
      for (const variant of variants) {
        let successes = 0
        // Callers the route should refuse go first, so nothing they might change can mask a later check.
        const ordered = [...IDENTITIES].sort((a, b) => Number(meantToAllow(a, route.method, access, variant)) - Number(meantToAllow(b, route.method, access, variant)))
        for (const identity of ordered) {
          const allowed = meantToAllow(identity, route.method, access, variant)
          // Routes about the caller's own session (sign-in, sign-out, …) get a fresh one, so they cannot spoil later calls.
          const ownSession = access === 'authenticated' || (access === 'public' && route.method !== 'GET')
          const client = !identity.grants ? await anonymous(t.app) : ownSession ? await signIn(t.app, identity.name) : clients.get(identity.name)!
          const before = await auditCount(t.db)
          const res = await client.request(route.method, urlFor(route.url, variant, fixture), fixture?.body?.(variant, successes) ?? (route.method === 'GET' ? undefined : {}))
          calls++
          const status = res.statusCode
          const label = `${key} [${variant}] as ${identity.name}: ${status}`
          if (status >= 500) problems.push(`${label} (server error: ${res.body.slice(0, 200)})`)
          if (!allowed && ![401, 403].includes(status)) problems.push(`${label} — should have been refused`)
          if (!allowed && !identity.grants && status !== 401 && access !== 'public') problems.push(`${label} — anonymous should get 401`)
          if (!allowed && (await auditCount(t.db)) !== before) problems.push(`${label} — a refused call wrote to the audit log`)
          if (process.env.MATRIX_DEBUG && route.url.includes(process.env.MATRIX_DEBUG)) console.log(label, res.body.slice(0, 300))
          if (allowed && [401, 403].includes(status)) problems.push(`${label} — should have been allowed (${res.body.slice(0, 200)})`)
          if (status >= 200 && status < 300) {
            successes++
            if (route.method !== 'GET' && (await auditCount(t.db)) <= before) problems.push(`${label} — a successful write left no audit entry`)
          }
        }
        const anyoneMeant = IDENTITIES.some((i) => meantToAllow(i, route.method, access, variant))
        if (fixture?.body && anyoneMeant && successes === 0 && route.url !== '/api/v1/auth/password') problems.push(`${key} [${variant}]: no caller succeeded; the fixture is stale`)
      }
    }
    expect(problems).toEqual([])
    expect(calls).toBeGreaterThan(300)
  }, 300_000)

  it('fails loudly on a route parameter it cannot fill', () => {
    expect(() => urlFor('/api/v1/things/:thingId', 'in')).toThrow(/no value for URL parameter :thingId/)
  })
})
