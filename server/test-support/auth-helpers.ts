import type { Kysely } from 'kysely'
import type { LightMyRequestResponse } from 'fastify'
import type { DB } from '../platform/db/schema.js'
import type { AuthConfig } from '../platform/auth/auth-config.js'
import { createApp, type App, type AppDeps } from '../platform/http/create-app.js'
import { systemActor } from '../platform/auth/request-actor.js'
import type { Role } from '../platform/auth/policy.js'
import { createUser } from '../features/users/create-user.js'
import { loadPlanPackage } from '../features/plan-data/load-plan.js'
import { openTestDatabase, FIXTURE_PLAN } from './test-database.js'

export const PASSWORD = 'Correct-Horse-42'

/** The app over a fresh database with the fixture plan, with auth settings for the test. */
export async function openAuthTestApp(auth: Partial<AuthConfig> = {}, more: Pick<AppDeps, 'mail' | 'webDir'> = {}) {
  const database = await openTestDatabase()
  await loadPlanPackage(database.db, FIXTURE_PLAN)
  const app = await createApp({ db: database.db, dbKind: database.kind, logLevel: 'silent', auth, ...more })
  await app.ready()
  return { app, db: database.db, database, close: async () => { await app.close(); await database.close() } }
}

/** A ready account (password already changed, so no one-time restriction) with the given grants. */
export async function makeUser(db: Kysely<DB>, username: string, grants: { role: Role; unit: string | null }[], password = PASSWORD): Promise<number> {
  const { id } = await createUser(db, systemActor('test'), { username, displayName: username, password, grants })
  await db.updateTable('users').set({ must_change_password: false }).where('id', '=', id).execute()
  return id
}

export type Client = {
  cookie: string
  csrf: string
  request(method: string, url: string, body?: unknown, extra?: { csrf?: string | null; headers?: Record<string, string> }): Promise<LightMyRequestResponse>
}

function cookieJar(res: LightMyRequestResponse, into: Map<string, string>) {
  for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
    if (c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now())) into.delete(c.name)
    else into.set(c.name, c.value)
  }
}

function client(app: App, jar: Map<string, string>, csrf: string): Client {
  const self: Client = {
    get cookie() { return [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    csrf,
    async request(method, url, body, extra = {}) {
      const headers: Record<string, string> = { ...(extra.headers ?? {}) }
      if (jar.size) headers.cookie = self.cookie
      const token = extra.csrf === undefined ? self.csrf : extra.csrf
      if (token) headers['x-csrf-token'] = token
      const res = await app.inject({ method: method as 'GET', url, headers, ...(body === undefined ? {} : { payload: body as object }) })
      cookieJar(res, jar)
      return res
    },
  }
  return self
}

/** An anonymous browser that has fetched its pre-session CSRF token. */
export async function anonymous(app: App): Promise<Client> {
  const jar = new Map<string, string>()
  const c = client(app, jar, '')
  const res = await c.request('GET', '/api/v1/auth/csrf')
  c.csrf = res.json().csrfToken
  return c
}

export async function signIn(app: App, username: string, password = PASSWORD): Promise<Client> {
  const c = await anonymous(app)
  const res = await c.request('POST', '/api/v1/auth/sign-in', { username, password })
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`)
  c.csrf = res.json().csrfToken
  return c
}

export async function auditCount(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}
