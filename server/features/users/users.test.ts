import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PASSWORD, anonymous, makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'

let t: Awaited<ReturnType<typeof openAuthTestApp>>
let root: Client
let minAdmin: Client
const ids: Record<string, number> = {}

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  ids.root = await makeUser(t.db, 'root', [{ role: 'system_admin', unit: null }])
  ids.minadmin = await makeUser(t.db, 'minadmin', [{ role: 'system_admin', unit: 'MIN' }])
  ids.dpfrep = await makeUser(t.db, 'dpfrep', [{ role: 'reporter', unit: 'DPF' }, { role: 'viewer', unit: 'MIN' }])
  ids.vtrep = await makeUser(t.db, 'vtrep', [{ role: 'reporter', unit: 'LA-VT' }])
  root = await signIn(t.app, 'root')
  minAdmin = await signIn(t.app, 'minadmin')
})
afterAll(async () => t?.close())

describe('users', () => {
  it('creates a user with scoped grants and a one-time password shown once', async () => {
    const res = await root.request('POST', '/api/v1/users', { username: 'Keo', displayName: 'Keo', email: 'Keo@Example.LA', grants: [{ role: 'reviewer', unit: 'DPF' }, { role: 'viewer', unit: null }] })
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body.oneTimePassword).toMatch(/^\S{20}$/)
    expect(body.user).toMatchObject({ username: 'keo', email: 'keo@example.la', mustChangePassword: true, hasPassword: true })
    expect(body.user.grants.map((g: { role: string; unit: { code: string } | null }) => [g.role, g.unit?.code ?? null])).toEqual([['reviewer', 'DPF'], ['viewer', null]])
    expect(JSON.stringify(body)).not.toMatch(/argon2|password_hash/)
    const chosen = await root.request('POST', '/api/v1/users', { username: 'lee', displayName: 'Lee', password: 'Chosen-password-9', grants: [] })
    expect(chosen.json().oneTimePassword).toBeNull()
    const dup = await root.request('POST', '/api/v1/users', { username: 'keo', displayName: 'Again', grants: [] })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().error.message_lo).toContain('ຊື່ຜູ້ໃຊ້ນີ້')
    expect((await root.request('POST', '/api/v1/users', { username: 'weak', displayName: 'W', password: 'weakweakweak', grants: [] })).json().error.code).toBe('weak_password')
    const entry = await t.db.selectFrom('audit_log').select(['after', 'actor_username']).where('action', '=', 'user.create').where('entity_code', '=', 'keo').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ actor_username: 'root', after: { username: 'keo' } })
    expect(JSON.stringify(entry.after)).not.toContain('argon2')
  })

  it('filters, sorts and pages the list; sort keys and filters are whitelisted', async () => {
    const list = (await root.request('GET', '/api/v1/users?role=reporter&sort=username&order=desc')).json()
    expect(list.items.map((u: { username: string }) => u.username)).toEqual(['vtrep', 'dpfrep'])
    expect((await root.request('GET', '/api/v1/users?unit=LA-VT')).json().items.map((u: { username: string }) => u.username)).toEqual(['vtrep'])
    expect((await root.request('GET', '/api/v1/users?q=%25')).json().total).toBe(0)
    expect((await root.request('GET', '/api/v1/users?pageSize=2&page=2')).json()).toMatchObject({ page: 2, pageSize: 2, items: [expect.anything(), expect.anything()] })
    for (const bad of ['sort=password_hash', 'sort=username;drop%20table%20users', 'order=sideways', 'isAdmin=1']) {
      expect((await root.request('GET', `/api/v1/users?${bad}`)).statusCode).toBe(400)
    }
  })

  it('keeps a scoped administrator to users whose every grant lies in their subtree', async () => {
    const seen = (await minAdmin.request('GET', '/api/v1/users')).json().items.map((u: { username: string }) => u.username)
    expect(seen).toContain('dpfrep')
    expect(seen).not.toContain('vtrep')
    expect(seen).not.toContain('root')
    expect(seen).not.toContain('keo') // holds a system-wide viewer grant
    expect((await minAdmin.request('GET', `/api/v1/users/${ids.vtrep}`)).statusCode).toBe(403)
    expect((await minAdmin.request('POST', `/api/v1/users/${ids.root}/password`, {})).statusCode).toBe(403)
    expect((await minAdmin.request('POST', `/api/v1/users/${ids.dpfrep}/grants`, { role: 'reporter', unit: 'LA-VT' })).statusCode).toBe(403)
    expect((await minAdmin.request('POST', `/api/v1/users/${ids.dpfrep}/grants`, { role: 'planner', unit: null })).statusCode).toBe(403)
    expect((await minAdmin.request('POST', '/api/v1/users', { username: 'sneaky', displayName: 'S', grants: [{ role: 'reporter', unit: 'LA-VT' }] })).statusCode).toBe(403)
    const ok = await minAdmin.request('POST', `/api/v1/users/${ids.dpfrep}/grants`, { role: 'reviewer', unit: 'DPF' })
    expect(ok.statusCode).toBe(200)
    expect((await minAdmin.request('PATCH', `/api/v1/users/${ids.dpfrep}`, { displayName: 'Somphone' })).json().displayName).toBe('Somphone')
    expect((await minAdmin.request('PATCH', `/api/v1/users/${ids.dpfrep}`, { displayName: 'X', isAdmin: true })).statusCode).toBe(400)
    expect((await minAdmin.request('PATCH', `/api/v1/users/${ids.dpfrep}`, { password_hash: 'x' })).statusCode).toBe(400)
  })

  it('removes a grant only through its own user (no id swapping) and never the last system-wide administrator', async () => {
    const vtGrant = await t.db.selectFrom('role_grants').select('id').where('user_id', '=', ids.vtrep).executeTakeFirstOrThrow()
    expect((await minAdmin.request('DELETE', `/api/v1/users/${ids.dpfrep}/grants/${vtGrant.id}`)).statusCode).toBe(404)
    expect(await t.db.selectFrom('role_grants').select('id').where('id', '=', vtGrant.id).executeTakeFirst()).toBeDefined()
    const rootGrant = await t.db.selectFrom('role_grants').select('id').where('user_id', '=', ids.root).executeTakeFirstOrThrow()
    const last = await root.request('DELETE', `/api/v1/users/${ids.root}/grants/${rootGrant.id}`)
    expect(last.statusCode).toBe(409)
    expect(last.json().error.code).toBe('last_admin')
    const reviewer = (await root.request('GET', `/api/v1/users/${ids.dpfrep}`)).json().grants.find((g: { role: string }) => g.role === 'reviewer')
    expect((await minAdmin.request('DELETE', `/api/v1/users/${ids.dpfrep}/grants/${reviewer.id}`)).json().grants.map((g: { role: string }) => g.role)).toEqual(['reporter', 'viewer'])
  })

  it('disables a user (sessions end at once, audited with how many) and enables them again, but not oneself; resets a password to a one-time one', async () => {
    const dpf = await signIn(t.app, 'dpfrep')
    expect((await root.request('PATCH', `/api/v1/users/${ids.dpfrep}`, { disabled: true })).json().disabled).toBe(true)
    expect((await dpf.request('GET', '/api/v1/me')).statusCode).toBe(401)
    expect((await root.request('PATCH', `/api/v1/users/${ids.root}`, { disabled: true })).json().error.code).toBe('not_yourself')
    const disabled = await t.db.selectFrom('audit_log').select(['after']).where('action', '=', 'user.disable').where('entity_code', '=', 'dpfrep').executeTakeFirstOrThrow()
    expect(disabled.after).toMatchObject({ disabled: true, sessionsEnded: 1 })
    expect(await t.db.selectFrom('sessions').select('revoked_reason').where('user_id', '=', ids.dpfrep).execute()).toEqual([{ revoked_reason: 'user_disabled' }])
    expect((await (await anonymous(t.app)).request('POST', '/api/v1/auth/sign-in', { username: 'dpfrep', password: PASSWORD })).statusCode).toBe(401)
    expect((await root.request('PATCH', `/api/v1/users/${ids.dpfrep}`, { disabled: false })).json().disabled).toBe(false)
    expect((await t.db.selectFrom('audit_log').select('action').where('entity_code', '=', 'dpfrep').orderBy('seq', 'desc').executeTakeFirstOrThrow()).action).toBe('user.enable')
    expect((await (await signIn(t.app, 'dpfrep')).request('GET', '/api/v1/me')).statusCode).toBe(200)

    const vt = await signIn(t.app, 'vtrep')
    const reset = await root.request('POST', `/api/v1/users/${ids.vtrep}/password`, {})
    expect(reset.json().user.mustChangePassword).toBe(true)
    expect((await vt.request('GET', '/api/v1/me')).statusCode).toBe(401)
    const again = await signIn(t.app, 'vtrep', reset.json().oneTimePassword)
    expect((await again.request('GET', '/api/v1/org-units/LA-VT')).json().error.code).toBe('password_change_required')
    expect((await t.db.selectFrom('audit_log').select('action').where('entity_code', '=', 'vtrep').execute()).map((a) => a.action)).toContain('user.password_reset')
  })

  it('describes the roles', async () => {
    const roles = (await root.request('GET', '/api/v1/roles')).json()
    expect(roles.map((r: { role: string }) => r.role)).toEqual(['system_admin', 'planner', 'reporter', 'reviewer', 'viewer'])
    expect(roles[0].name.lo).toBeTruthy()
  })
})
