import { sql, type Kysely } from 'kysely'
import type { DB } from '../server/platform/db/schema.js'
import { containedRows, periodMapRelation } from '../server/features/analytics/period-map.js'
import { unitContributionsSql } from '../server/features/analytics/unit-contributions.js'

/** One element's national figure computed from raw values with every rule (what the summaries save us from). */
export async function rawRollUp(db: Kysely<DB>, elementId: number, period: string): Promise<void> {
  await sql`
    select sum(value_sum), sum(value_count), sum(last_value) from (${unitContributionsSql({
      values: sql<boolean>`dv.data_element_id = ${elementId}`,
      counted: sql<boolean>`c.report_id is not null`,
    }, periodMapRelation(containedRows('*', period)))}) x where option_id = 0`.execute(db)
}
