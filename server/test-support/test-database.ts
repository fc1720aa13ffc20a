import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openDatabase, type Database } from '../platform/db/open-database.js'
import { migrateToLatest } from '../platform/db/migrate.js'

/**
 * A fresh, migrated database for one test file: PGlite in a temporary directory, or — when DATABASE_URL is set —
 * a new database created on that PostgreSQL server and dropped afterwards. The same tests run against both.
 */
export async function openTestDatabase(): Promise<Database & { dataDir?: string }> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-test-'))
    const database = await openDatabase({ dataDir })
    await migrateToLatest(database.db)
    return { ...database, dataDir, close: async () => { await database.close(); fs.rmSync(dataDir, { recursive: true, force: true }) } }
  }
  const name = `tidtam_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const u = new URL(url)
  u.pathname = `/${name}`
  const database = await openDatabase({ databaseUrl: u.toString(), dataDir: '' })
  await migrateToLatest(database.db)
  return {
    ...database,
    async close() {
      await database.close()
      const a = new pg.Client({ connectionString: url })
      await a.connect()
      // pool.end() does not wait for its sockets to close; a forced drop would kill them mid-goodbye (an unhandled error).
      for (let i = 0; i < 50; i++) {
        const r = await a.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name])
        if (r.rows[0].n === 0) break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      await a.query(`drop database if exists ${name} with (force)`)
      await a.end()
    },
  }
}

export const FIXTURE_PLAN = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../features/plan-data/fixtures/mini-plan')
export const REAL_PLAN = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/plans/mtc-2021-2025')
