import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from './platform/db/open-database.js'
import { migrateToLatest } from './platform/db/migrate.js'
import { recordAudit } from './platform/audit/record-audit.js'
import { verifyPassword } from './platform/auth/passwords.js'
import { ROOT } from './boot.js'

// The CLI as an operator runs it: a separate process on the configured database (PGlite: only while no one else has it open).
const url = process.env.DATABASE_URL
const name = `tidtam_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-cli-'))
const dbUrl = url ? Object.assign(new URL(url), { pathname: `/${name}` }).toString() : undefined
const env: NodeJS.ProcessEnv = { ...process.env, TIDTAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }
if (dbUrl) env.DATABASE_URL = dbUrl
else delete env.DATABASE_URL

async function withDb<T>(work: (d: Database) => Promise<T>): Promise<T> {
  const d = await openDatabase({ databaseUrl: dbUrl, dataDir })
  try {
    await migrateToLatest(d.db)
    return await work(d)
  } finally {
    await d.close()
  }
}

function cli(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'server/cli.ts'), ...args], { env, cwd: ROOT })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('exit', (code) => resolve({ code, out }))
  })
}

async function admin(query: string) {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  await c.query(query)
  await c.end()
}

beforeAll(async () => {
  if (url) await admin(`create database ${name}`)
  await withDb((d) => d.db.transaction().execute(async (trx) => {
    for (const n of [1, 2, 3]) await recordAudit(trx, { action: 'test.write', entityType: 'test', entityId: n, after: { n } })
  }))
})
afterAll(async () => {
  if (url) {
    await new Promise((r) => setTimeout(r, 100))
    await admin(`drop database if exists ${name} with (force)`)
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('npm run cli', () => {
  it('audit:verify prints OK on an intact log, and the first broken entry (exit 1) after a row is edited in the database', async () => {
    const good = await cli('audit:verify')
    expect(good.out).toContain('OK: 3 audit entries')
    expect(good.code).toBe(0)
    await withDb((d) => d.db.transaction().execute(async (trx) => {
      await sql`alter table audit_log disable trigger audit_log_no_change`.execute(trx)
      await sql`update audit_log set after = '{"n": 42}'::jsonb where seq = 2`.execute(trx)
      await sql`alter table audit_log enable trigger audit_log_no_change`.execute(trx)
    }))
    const bad = await cli('audit:verify')
    expect(bad.code).toBe(1)
    expect(bad.out).toMatch(/BROKEN at entry 2 \(id \d+\): hash_mismatch/)
  }, 60_000)

  it('user:create-admin creates a system-wide administrator and prints a one-time password once', async () => {
    const r = await cli('user:create-admin', 'Ops')
    expect(r.code).toBe(0)
    const password = r.out.match(/one-time password \/ ລະຫັດຜ່ານຊົ່ວຄາວ: (\S+)/)![1]
    const user = await withDb(async (d) => {
      const u = await d.db.selectFrom('users').selectAll().where('username', '=', 'ops').executeTakeFirstOrThrow()
      const grants = await d.db.selectFrom('role_grants').select(['role', 'org_unit_id']).where('user_id', '=', u.id).execute()
      return { ...u, grants }
    })
    expect(user.grants).toEqual([{ role: 'system_admin', org_unit_id: null }])
    expect(user.must_change_password).toBe(true)
    expect(await verifyPassword(user.password_hash!, password)).toBe(true)
    expect((await cli('user:create-admin', 'ops')).code).toBe(1)
  }, 60_000)
})
