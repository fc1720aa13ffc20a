import { sql, type Kysely } from 'kysely'
import type { DB } from '../db/schema.js'

type Result = { current: number; ttl: number }
type Callback = (err: Error | null, result?: Result) => void

/**
 * A @fastify/rate-limit store keeping counters in the database, so every app process behind a proxy counts the
 * same attempts. One upsert per hit: a window that has run out starts again at 1.
 */
export function databaseRateLimitStore(db: Kysely<DB>) {
  return class DatabaseStore {
    private readonly prefix: string
    // The plugin constructs the root store with its options; children get a route prefix.
    constructor(prefix: unknown = '') {
      this.prefix = typeof prefix === 'string' ? prefix : ''
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      const now = new Date()
      const cutoff = new Date(now.getTime() - timeWindow)
      const k = `${this.prefix}|${key}`
      sql<{ hits: number; window_start: Date }>`
        insert into rate_limit_hits (key, hits, window_start) values (${k}, 1, ${now})
        on conflict (key) do update set
          hits = case when rate_limit_hits.window_start <= ${cutoff} then 1 else rate_limit_hits.hits + 1 end,
          window_start = case when rate_limit_hits.window_start <= ${cutoff} then ${now} else rate_limit_hits.window_start end
        returning hits, window_start`.execute(db)
        .then(async (r) => {
          const row = r.rows[0]
          if (Math.random() < 0.01) await db.deleteFrom('rate_limit_hits').where('window_start', '<', new Date(now.getTime() - 86_400_000)).execute()
          cb(null, { current: Number(row.hits), ttl: Math.max(0, new Date(row.window_start).getTime() + timeWindow - now.getTime()) })
        }, (err: Error) => cb(err))
    }

    child(routeOptions: unknown) {
      const info = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo
      return new DatabaseStore(`${[info?.method ?? ''].flat().join(',')} ${info?.url ?? ''}`)
    }
  }
}
