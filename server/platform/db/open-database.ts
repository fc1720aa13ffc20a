import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { DB } from './schema.js'
import { lockDataDir } from './data-dir-lock.js'

export type Database = {
  db: Kysely<DB>
  kind: 'pglite' | 'postgres'
  close(): Promise<void>
}

export type OpenOptions = { databaseUrl?: string; dataDir: string }

// pg returns bigint (count(*)) as a string; parse it as a JS number (counts here stay far below 2^53).
pg.types.setTypeParser(20, (v) => Number(v))
// A `date` is a calendar day, not an instant: keep it as its ISO text instead of a Date at local midnight.
pg.types.setTypeParser(1082, (v) => v)

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 })
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
    return { db, kind: 'postgres', close: () => db.destroy() }
  }
  return openEmbedded(opts.dataDir)
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const lock = lockDataDir(dataDir)
  try {
    const { PGlite } = await import('@electric-sql/pglite')
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres')
    const pglite = await PGlite.create(dataDir === ':memory:' ? 'memory://' : dataDir, { extensions: { pg_trgm } })
    // PGlite is a single session: one connection, so a transaction only ever sees itself.
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig)
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
    let closed = false
    return {
      db,
      kind: 'pglite',
      async close() {
        if (closed) return
        closed = true
        await db.destroy()
        await pglite.close()
        lock.release()
      },
    }
  } catch (err) {
    lock.release()
    throw err
  }
}
