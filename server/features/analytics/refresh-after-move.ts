import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { rebuildAnalyticsIn } from './rebuild-analytics.js'
import { ancestorIdsOf } from './unit-analytics-helpers.js'

/**
 * After a unit moved from under `oldPath`'s ancestors to under `newPath`'s, the units it left and the units it joined
 * hold different subtrees: their summary rows are recomputed (ancestors common to both keep theirs). Call in the
 * move's transaction, after the paths were rewritten.
 */
export async function refreshAnalyticsAfterMove(trx: Kysely<DB>, oldPath: string, newPath: string): Promise<void> {
  const above = (path: string) => ancestorIdsOf(path).slice(0, -1)
  const before = new Set(above(oldPath))
  const after = new Set(above(newPath))
  const changed = [...before, ...after].filter((id) => before.has(id) !== after.has(id))
  if (changed.length) await rebuildAnalyticsIn(trx, { unitIds: changed })
}
