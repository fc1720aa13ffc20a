import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Provider from 'oidc-provider'
import { anonymous, makeUser, openAuthTestApp, type Client } from '../../test-support/auth-helpers.js'

// A real OpenID provider (oidc-provider) on 127.0.0.1 and a random port; tidtam is reached through app.inject.
const REDIRECT = 'http://localhost/api/v1/auth/oidc/callback'
const CLIENT = { id: 'tidtam', secret: 'a-long-test-client-secret-0123456789' }

let server: http.Server
let issuer: string
let t: Awaited<ReturnType<typeof openAuthTestApp>>

beforeAll(async () => {
  server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT.id, client_secret: CLIENT.secret, redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount: async (_ctx: unknown, id: string) => ({ accountId: id, claims: async () => ({ sub: id, email: `${id}@example.la`, email_verified: true }) }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['test-cookie-key-1'] },
    pkce: { required: () => true },
  })
  server.on('request', provider.callback())
  t = await openAuthTestApp({ oidc: { issuer, clientId: CLIENT.id, clientSecret: CLIENT.secret, redirectUrl: REDIRECT } })
  await makeUser(t.db, 'kham', [{ role: 'reporter', unit: 'DPF' }])
  await t.db.updateTable('users').set({ email: 'kham@example.la' }).where('username', '=', 'kham').execute()
})
afterAll(async () => {
  await t?.close()
  await new Promise((resolve) => server?.close(resolve))
})

/** The browser at the identity provider: follows redirects by hand, keeps cookies, submits login and consent. */
async function atProvider(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>()
  const go = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1))
    }
    return res
  }
  let url = authorizationUrl
  for (let step = 0; step < 12; step++) {
    const res = await go(url)
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, url).href
      if (next.startsWith(REDIRECT)) return next
      url = next
      continue
    }
    const html = await res.text()
    const action = new URL(html.match(/action="([^"]+)"/)![1], url).href
    const prompt = html.match(/name="prompt" value="(\w+)"/)![1]
    const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt })
    const posted = await go(action, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    url = new URL(posted.headers.get('location')!, action).href
    if (url.startsWith(REDIRECT)) return url
  }
  throw new Error('the provider never redirected back')
}

async function signInThroughProvider(login: string, browser?: Client) {
  const b = browser ?? (await anonymous(t.app))
  const start = await b.request('GET', '/api/v1/auth/oidc/start?returnTo=/units/DPF')
  expect(start.statusCode).toBe(303)
  const authUrl = new URL(start.headers.location as string)
  expect(authUrl.origin).toBe(issuer)
  expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256')
  const back = new URL(await atProvider(authUrl.href, login))
  const callback = await b.request('GET', `${back.pathname}${back.search}`)
  return { browser: b, callback }
}

describe('single sign-on (OpenID Connect)', () => {
  it('announces the provider', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/providers' })).json()).toEqual({ password: true, oidc: true })
  })

  it('signs in a pre-created user matched by verified e-mail, links the subject, and serves /me', async () => {
    const { browser, callback } = await signInThroughProvider('kham')
    expect(callback.statusCode).toBe(303)
    expect(callback.headers.location).toBe('/units/DPF')
    expect(callback.cookies.find((c) => c.name === 'tidtam_session')?.httpOnly).toBe(true)
    const me = await browser.request('GET', '/api/v1/me')
    expect(me.statusCode).toBe(200)
    expect(me.json().user).toMatchObject({ username: 'kham', oidcSubject: 'kham' })
    expect(me.json().session.method).toBe('oidc')
    const actions = (await t.db.selectFrom('audit_log').select('action').where('entity_code', '=', 'kham').execute()).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['user.oidc_link', 'auth.sign_in']))
  })

  it('signs the same user in again by the stored subject', async () => {
    await t.db.updateTable('users').set({ email: null }).where('username', '=', 'kham').execute()
    const { browser, callback } = await signInThroughProvider('kham')
    expect(callback.statusCode).toBe(303)
    expect((await browser.request('GET', '/api/v1/me')).json().user.username).toBe('kham')
  })

  it('refuses an identity no administrator created an account for', async () => {
    const { browser, callback } = await signInThroughProvider('stranger')
    expect(callback.statusCode).toBe(403)
    expect(callback.json().error).toMatchObject({ code: 'oidc_unknown_user', message_lo: expect.stringContaining('ບໍ່ມີບັນຊີ') })
    expect((await browser.request('GET', '/api/v1/me')).statusCode).toBe(401)
    expect(await t.db.selectFrom('users').select('id').where('username', '=', 'stranger').executeTakeFirst()).toBeUndefined()
  })

  it('refuses a callback in a browser that did not start the flow', async () => {
    const starter = await anonymous(t.app)
    const start = await starter.request('GET', '/api/v1/auth/oidc/start')
    const back = new URL(await atProvider(start.headers.location as string, 'kham'))
    const other = await anonymous(t.app)
    const res = await other.request('GET', `${back.pathname}${back.search}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('oidc_flow_invalid')
  })

  it('never redirects off-site after sign-in', async () => {
    const b = await anonymous(t.app)
    const start = await b.request('GET', `/api/v1/auth/oidc/start?returnTo=${encodeURIComponent('//evil.example/x')}`)
    const back = new URL(await atProvider(start.headers.location as string, 'kham'))
    expect((await b.request('GET', `${back.pathname}${back.search}`)).headers.location).toBe('/')
  })
})
