import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { rebuildAnalytics } from './rebuild-analytics.js'

/**
 * At start: if the counted reports differ from the approved and locked ones (reports approved before this feature
 * existed, or a status changed outside the workflow), rebuild the summaries. Returns whether it did.
 */
export async function ensureAnalyticsCurrent(db: Kysely<DB>): Promise<boolean> {
  const stale = await sql<{ stale: boolean }>`
    select exists (
      select 1 from reports r where r.status in ('approved', 'locked')
        and not exists (select 1 from analytics_counted_reports c where c.report_id = r.id)
    ) or exists (
      select 1 from analytics_counted_reports c join reports r on r.id = c.report_id where r.status not in ('approved', 'locked')
    ) as stale`.execute(db)
  if (!stale.rows[0]?.stale) return false
  await rebuildAnalytics(db)
  return true
}
