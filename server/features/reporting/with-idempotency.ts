import crypto from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { idempotencyKeyReused } from './reporting-errors.js'

export type IdempotencyKey = { userId: number; key: string | undefined; request: unknown }

/**
 * Runs `fn` in a transaction at most once per (user, Idempotency-Key): a retry after a dropped connection gets the
 * first answer again instead of acting twice. The key row is inserted first, so a concurrent retry waits for the
 * first attempt and then reads its answer; if the first attempt fails, its key goes with its rollback.
 */
export async function withIdempotency<T>(db: Kysely<DB>, k: IdempotencyKey, fn: (trx: Transaction<DB>) => Promise<T>): Promise<{ replayed: boolean; result: T }> {
  if (!k.key) return { replayed: false, result: await db.transaction().execute(fn) }
  const hash = crypto.createHash('sha256').update(JSON.stringify(k.request ?? null)).digest('hex')
  return db.transaction().execute(async (trx) => {
    const claimed = await trx.insertInto('idempotency_keys')
      .values({ user_id: k.userId, key: k.key!, request_hash: hash, status_code: 0, response: JSON.stringify(null) })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing()).returning('key').executeTakeFirst()
    if (!claimed) {
      const first = await trx.selectFrom('idempotency_keys').select(['request_hash', 'response']).where('user_id', '=', k.userId).where('key', '=', k.key!).executeTakeFirstOrThrow()
      if (first.request_hash !== hash) throw idempotencyKeyReused()
      return { replayed: true, result: first.response as T }
    }
    const result = await fn(trx)
    await trx.updateTable('idempotency_keys').set({ status_code: 200, response: JSON.stringify(result) }).where('user_id', '=', k.userId).where('key', '=', k.key!).execute()
    return { replayed: false, result }
  })
}
