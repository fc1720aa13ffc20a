import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../../platform/http/create-app.js'
import { anonymous, auditCount, makeUser, openAuthTestApp, PASSWORD, signIn } from '../../test-support/auth-helpers.js'
import { ensureFirstAdmin } from '../users/index.js'
import { passwordViolations } from '../../platform/auth/passwords.js'

let t: Awaited<ReturnType<typeof openAuthTestApp>>
const extraApps: App[] = []
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A second app over the same database with other auth settings (rate limits and timeouts differ per test). */
async function appWith(auth: Parameters<typeof openAuthTestApp>[0]) {
  const app = await createApp({ db: t.db, dbKind: t.database.kind, logLevel: 'silent', auth })
  await app.ready()
  extraApps.push(app)
  return app
}

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await makeUser(t.db, 'root', [{ role: 'system_admin', unit: null }])
  await makeUser(t.db, 'somchai', [{ role: 'reporter', unit: 'DPF' }])
})
afterAll(async () => {
  for (const a of extraApps) await a.close()
  await t?.close()
})

describe('first start', () => {
  it('creates one administrator with a one-time password only when there are no users', async () => {
    const fresh = await openAuthTestApp()
    try {
      const first = await ensureFirstAdmin(fresh.db)
      expect(first?.username).toBe('admin')
      expect(passwordViolations(first!.password, 'admin')).toEqual([])
      expect(await ensureFirstAdmin(fresh.db)).toBeNull()
      const me = await signIn(fresh.app, 'admin', first!.password)
      const body = (await me.request('GET', '/api/v1/me')).json()
      expect(body.user.mustChangePassword).toBe(true)
      expect(body.user.grants).toEqual([expect.objectContaining({ role: 'system_admin', unit: null })])
    } finally {
      await fresh.close()
    }
  })
})

describe('signing in', () => {
  it('signs in, returns the user and CSRF token, and rotates the session id', async () => {
    const browser = await anonymous(t.app)
    const first = await browser.request('POST', '/api/v1/auth/sign-in', { username: 'SomChai', password: PASSWORD })
    expect(first.statusCode).toBe(200)
    expect(first.json().user.username).toBe('somchai')
    const firstCookie = first.cookies.find((c) => c.name === 'tidtam_session')!
    expect(firstCookie.httpOnly).toBe(true)
    expect(firstCookie.sameSite).toBe('Lax')
    browser.csrf = first.json().csrfToken
    const again = await browser.request('POST', '/api/v1/auth/sign-in', { username: 'somchai', password: PASSWORD })
    const secondCookie = again.cookies.find((c) => c.name === 'tidtam_session')!
    expect(secondCookie.value).not.toBe(firstCookie.value)
    const old = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `tidtam_session=${firstCookie.value}` } })
    expect(old.statusCode).toBe(401)
    expect(old.json().error.code).toBe('session_ended')
  })

  it('answers a wrong password, an unknown user and a disabled user alike, in Lao and English', async () => {
    const disabled = await makeUser(t.db, 'gone', [{ role: 'viewer', unit: 'MIN' }])
    await t.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', disabled).execute()
    const browser = await anonymous(t.app)
    for (const body of [{ username: 'root', password: 'wrong-password-1' }, { username: 'nobody', password: PASSWORD }, { username: 'gone', password: PASSWORD }]) {
      const res = await browser.request('POST', '/api/v1/auth/sign-in', body)
      expect(res.statusCode).toBe(401)
      expect(res.json().error).toMatchObject({ code: 'invalid_credentials' })
      expect(res.json().error.message_lo).toMatch(/^ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ/)
    }
  })

  it('locks the account after 5 failures within 15 minutes, even against the right password, until unlocked', async () => {
    await makeUser(t.db, 'target', [{ role: 'viewer', unit: 'MIN' }])
    const browser = await anonymous(t.app)
    const codes: number[] = []
    for (let i = 0; i < 5; i++) codes.push((await browser.request('POST', '/api/v1/auth/sign-in', { username: 'target', password: `wrong-${i}-password` })).statusCode)
    expect(codes).toEqual([401, 401, 401, 401, 401])
    const row = await t.db.selectFrom('users').select('locked_until').where('username', '=', 'target').executeTakeFirstOrThrow()
    expect(row.locked_until!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
    // Locked: the right password is refused too, with the very answer an unknown username gets (the lock must not
    // tell an attacker which usernames exist), which says what a locked user can do.
    const locked = await browser.request('POST', '/api/v1/auth/sign-in', { username: 'target', password: PASSWORD })
    const unknown = await browser.request('POST', '/api/v1/auth/sign-in', { username: 'no-such-user', password: PASSWORD })
    expect(locked.statusCode).toBe(401)
    expect(locked.json()).toEqual(unknown.json())
    expect(locked.json().error.message_lo).toContain('ລັອກ')
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_code', '=', 'target').execute()
    expect(audit.filter((a) => a.action === 'auth.sign_in_failed')).toHaveLength(5)
    expect(audit.map((a) => a.action)).toContain('user.lock')

    const admin = await signIn(t.app, 'root')
    const user = await t.db.selectFrom('users').select('id').where('username', '=', 'target').executeTakeFirstOrThrow()
    expect((await admin.request('POST', `/api/v1/users/${user.id}/unlock`)).statusCode).toBe(200)
    expect((await browser.request('POST', '/api/v1/auth/sign-in', { username: 'target', password: PASSWORD })).statusCode).toBe(200)
  })

  it('rate-limits sign-in attempts per client address with 429', async () => {
    const app = await appWith({ signInRateLimit: { max: 3, windowMs: 60_000 } })
    const browser = await anonymous(app)
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } })
    const codes: number[] = []
    for (let i = 0; i < 4; i++) codes.push((await browser.request('POST', '/api/v1/auth/sign-in', { username: 'nobody', password: 'whatever-pass-1' }, from('203.0.113.7'))).statusCode)
    expect(codes).toEqual([401, 401, 401, 429])
    const limited = await browser.request('POST', '/api/v1/auth/sign-in', { username: 'somchai', password: PASSWORD }, from('203.0.113.7'))
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.message_lo).toContain('ພະຍາຍາມ')
    expect((await browser.request('POST', '/api/v1/auth/sign-in', { username: 'somchai', password: PASSWORD }, from('203.0.113.8'))).statusCode).toBe(200)
  })

  it('makes a one-time password be changed before anything else, under the password policy', async () => {
    const admin = await signIn(t.app, 'root')
    const created = await admin.request('POST', '/api/v1/users', { username: 'noy', displayName: 'Noy', grants: [{ role: 'planner', unit: null }] })
    expect(created.statusCode).toBe(201)
    const otp = created.json().oneTimePassword as string
    const noy = await signIn(t.app, 'noy', otp)
    expect((await noy.request('GET', '/api/v1/me')).json().user.mustChangePassword).toBe(true)
    const blocked = await noy.request('GET', '/api/v1/audit')
    expect(blocked.statusCode).toBe(403)
    expect(blocked.json().error.code).toBe('password_change_required')
    const weak = await noy.request('POST', '/api/v1/auth/password', { currentPassword: otp, newPassword: 'aaaaaaaaaaaaaaaa' })
    expect(weak.statusCode).toBe(400)
    expect(weak.json().error.details.map((d: { code: string }) => d.code)).toEqual(['password_one_class'])
    expect(weak.json().error.message_lo).toContain('ຢ່າງໜ້ອຍສອງປະເພດ')
    expect((await noy.request('POST', '/api/v1/auth/password', { currentPassword: otp, newPassword: 'Noy' })).json().error.details.map((d: { code: string }) => d.code))
      .toEqual(['password_too_short', 'password_is_username'])
    expect((await noy.request('POST', '/api/v1/auth/password', { currentPassword: otp, newPassword: 'New-password-2025' })).statusCode).toBe(200)
    expect((await noy.request('GET', '/api/v1/audit')).statusCode).toBe(200)
  })
})

describe('sessions', () => {
  it('stops a revoked session at once: by the user, by an administrator, and at sign-out', async () => {
    const a = await signIn(t.app, 'somchai')
    const b = await signIn(t.app, 'somchai')
    const sessions = (await a.request('GET', '/api/v1/me/sessions')).json()
    const bId = sessions.find((s: { current: boolean }) => !s.current).id
    expect((await a.request('DELETE', `/api/v1/me/sessions/${bId}`)).statusCode).toBe(200)
    expect((await b.request('GET', '/api/v1/me')).statusCode).toBe(401)

    const admin = await signIn(t.app, 'root')
    const somchai = await t.db.selectFrom('users').select('id').where('username', '=', 'somchai').executeTakeFirstOrThrow()
    expect((await a.request('GET', '/api/v1/me')).statusCode).toBe(200)
    expect((await admin.request('POST', `/api/v1/users/${somchai.id}/sessions/revoke`, {})).json().ended).toBeGreaterThanOrEqual(1)
    const after = await a.request('GET', '/api/v1/me')
    expect(after.statusCode).toBe(401)
    expect(after.json().error.message_lo).toContain('ໝົດອາຍຸ')

    const c = await signIn(t.app, 'somchai')
    expect((await c.request('POST', '/api/v1/auth/sign-out')).statusCode).toBe(200)
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401)
  })

  it('ends a session after the idle timeout, and after the absolute timeout however active', async () => {
    const idle = await appWith({ idleTimeoutMs: 1000, signInRateLimit: { max: 1000, windowMs: 60_000 } })
    const s = await signIn(idle, 'somchai')
    expect((await s.request('GET', '/api/v1/me')).statusCode).toBe(200)
    await sleep(1300)
    expect((await s.request('GET', '/api/v1/me')).statusCode).toBe(401)

    const absolute = await appWith({ absoluteTimeoutMs: 1500, signInRateLimit: { max: 1000, windowMs: 60_000 } })
    const busy = await signIn(absolute, 'somchai')
    for (let i = 0; i < 3; i++) {
      expect((await busy.request('GET', '/api/v1/me')).statusCode).toBe(200)
      await sleep(400)
    }
    await sleep(500)
    expect((await busy.request('GET', '/api/v1/me')).statusCode).toBe(401)
    const ended = await t.db.selectFrom('sessions').select('revoked_reason').where('revoked_reason', 'in', ['idle_timeout', 'absolute_timeout']).execute()
    expect(new Set(ended.map((e) => e.revoked_reason))).toEqual(new Set(['idle_timeout', 'absolute_timeout']))
  })
})

describe('CSRF', () => {
  it('refuses every write without the session\'s token, and sign-in without the pre-session token', async () => {
    const admin = await signIn(t.app, 'root')
    const other = await signIn(t.app, 'somchai')
    const body = { code: 'CSRF-1', kind: 'department', parent: 'MIN', name: { lo: 'ທົດສອບ' } }
    const before = await auditCount(t.db)
    for (const csrf of [null, 'forged', other.csrf]) {
      const res = await admin.request('POST', '/api/v1/org-units', body, { csrf })
      expect(res.statusCode).toBe(403)
      expect(res.json().error).toMatchObject({ code: 'csrf_invalid', message_lo: expect.stringContaining('CSRF') })
    }
    expect(await auditCount(t.db)).toBe(before)
    expect((await admin.request('POST', '/api/v1/org-units', body)).statusCode).toBe(201)
    const noToken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'root', password: PASSWORD } })
    expect(noToken.statusCode).toBe(403)
  })
})

describe('security headers', () => {
  it('sends a strict Content-Security-Policy on API and page responses', async () => {
    for (const url of ['/api/health', '/api/v1/plans', '/api/docs']) {
      const res = await t.app.inject({ method: 'GET', url })
      const csp = String(res.headers['content-security-policy'])
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]))
      expect(directives['default-src']).toEqual(["'self'"])
      expect(directives['script-src']).toEqual(["'self'"])
      expect(directives['script-src-attr']).toEqual(["'none'"])
      expect(directives['img-src']).toEqual(["'self'", 'data:'])
      expect(directives['frame-ancestors']).toEqual(["'none'"])
      expect(directives['object-src']).toEqual(["'none'"])
      expect(csp).not.toContain('unsafe-eval')
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['x-frame-options']).toBe('DENY')
    }
  })

  it('marks the session cookie Secure when the request came over HTTPS', async () => {
    const browser = await anonymous(t.app)
    const res = await browser.request('POST', '/api/v1/auth/sign-in', { username: 'somchai', password: PASSWORD }, { headers: { 'x-forwarded-proto': 'https' } })
    expect(res.cookies.find((c) => c.name === 'tidtam_session')!.secure).toBe(true)
    const plain = await (await anonymous(t.app)).request('POST', '/api/v1/auth/sign-in', { username: 'somchai', password: PASSWORD })
    expect(plain.cookies.find((c) => c.name === 'tidtam_session')!.secure).toBeFalsy()
  })
})
