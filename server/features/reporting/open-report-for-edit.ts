import type { Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { ReportContext } from './find-report-context.js'

/** The report row, created as a draft on first save, locked for the rest of the transaction. */
export async function openReportForUpdate(trx: Transaction<DB>, ctx: ReportContext, userId: number | null) {
  await trx.insertInto('reports').values({
    data_set_id: ctx.dataSet.id, org_unit_id: ctx.unit.id, period: ctx.period.id, period_start: ctx.period.start, period_end: ctx.period.end,
    created_by: userId, version: 0, is_demo: ctx.dataSet.is_demo,
  }).onConflict((oc) => oc.columns(['data_set_id', 'org_unit_id', 'period']).doNothing()).execute()
  return trx.selectFrom('reports').selectAll()
    .where('data_set_id', '=', ctx.dataSet.id).where('org_unit_id', '=', ctx.unit.id).where('period', '=', ctx.period.id)
    .forUpdate().executeTakeFirstOrThrow()
}
