import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { AppError } from '../../platform/http/errors.js'
import { findDataSet } from '../reporting/find-report-context.js'
import { dataSetNotFound } from '../reporting/reporting-errors.js'

/**
 * The data set a DHIS2 request means. DHIS2 has no plans, so the plan may be left out when only one plan has a data
 * set with that code.
 */
export async function resolveDataSet(db: Kysely<DB>, code: string | undefined, plan: string | undefined) {
  if (!code) throw new AppError(422, 'data_set_required', 'Name the data set (?dataSet= or "dataSet" in the payload)', 'ກະລຸນາລະບຸຊຸດຂໍ້ມູນ (?dataSet= ຫຼື "dataSet" ໃນຂໍ້ມູນ)')
  if (plan) {
    const ds = await findDataSet(db, plan, code)
    return { ...ds, planCode: plan }
  }
  const found = await db.selectFrom('data_sets as d').innerJoin('plans as p', 'p.id', 'd.plan_id').selectAll('d').select('p.code as planCode').where('d.code', '=', code).execute()
  if (found.length === 1) return found[0]
  if (!found.length) throw dataSetNotFound(code)
  throw new AppError(422, 'plan_required', `Several plans have a data set ${code}; name the plan with ?plan=`, `ມີຫຼາຍແຜນທີ່ມີຊຸດຂໍ້ມູນ ${code}; ກະລຸນາລະບຸແຜນດ້ວຍ ?plan=`, { plans: found.map((f) => f.planCode) })
}
